import Files
public import MMapIO
public import ResNet
public import Streams
import TensorBundle

/// Everything decided before a byte is written: the architecture, every
/// tensor's TF name, layout change and output type, in source order.
public struct ConversionPlan: Sendable {
  public var mapping: ModelMapping
  /// One job per source tensor, in file order (the order they are streamed).
  public var jobs: [TensorJob]
  /// The checkpoint key of each job.
  public var keys: [String]

  /// The checkpoint file prefix inside the destination directory: `<scope>.ckpt`,
  /// as gluon2TF's `Saver` wrote it.
  /// A scope with `/` (`backbone/resnet`) gives `backbone_resnet.ckpt`.
  public var checkpointPrefix: String {
    String(mapping.scope.map { $0 == "/" ? "_" : $0 }) + ".ckpt"
  }

  /// Bytes of tensor data the checkpoint will hold.
  public var outputByteCount: Int { jobs.reduce(0) { $0 + $1.outputByteCount } }

  /// Detects the model in `params` and plans its conversion.
  public init(params: ParamsFile, options: ConversionOptions) throws(ConversionError) {
    guard params.hasNames else {
      throw ConversionError(
        .unsupportedModel,
        "the file has no names table (saved as a list); a ResNet needs its parameter names",
        source: params.file.path)
    }
    let tensors = params.records.map { SourceTensor(name: $0.displayName, shape: $0.shape) }
    let mapping: ModelMapping
    do {
      mapping = try ResNetAnalyzer.analyze(
        tensors, scope: options.scope, familyHint: options.familyHint)
    } catch {
      throw ConversionError(.unsupportedModel, "\(error)", source: params.file.path)
    }
    var jobs: [TensorJob] = []
    var keys: [String] = []
    jobs.reserveCapacity(mapping.tensors.count)
    for tensor in mapping.tensors {
      let record = params.records[tensor.sourceIndex]
      let job = try ConversionPlan.job(
        for: tensor, record: record, options: options, source: params.file)
      jobs.append(job)
      keys.append(tensor.tfName)
    }
    self.mapping = mapping
    self.jobs = jobs
    self.keys = keys
  }

  /// A plan made elsewhere (from a compressed stream's headers).
  init(mapping: ModelMapping, jobs: [TensorJob], keys: [String]) {
    self.mapping = mapping
    self.jobs = jobs
    self.keys = keys
  }

  static func job(
    for tensor: TensorMapping, record: NDArrayRecord, options: ConversionOptions, source: MappedFile
  ) throws(ConversionError) -> TensorJob {
    let (conversion, outputType) = try outputType(
      of: record, keepFloat: options.keepHalfPrecision, source: source)
    let permutation: LayoutPermutation?
    switch tensor.transform {
    case .copy:
      permutation = nil
    case .convOIHWtoHWIO:
      guard record.shape.count == 4 else {
        throw ConversionError(
          .unsupportedModel, "a convolution kernel must be 4-D, found shape \(record.shape)",
          source: source.path,
          tensor: record.displayName, offset: record.headerOffset)
      }
      let s = record.shape
      permutation = LayoutPermutation(outer: s[0], inner: s[1], spatial: s[2] * s[3])
    case .denseTranspose:
      guard record.shape.count == 2 else {
        throw ConversionError(
          .unsupportedModel, "a dense kernel must be 2-D, found shape \(record.shape)",
          source: source.path,
          tensor: record.displayName, offset: record.headerOffset)
      }
      permutation = LayoutPermutation(outer: record.shape[0], inner: record.shape[1], spatial: 1)
    }
    return TensorJob(
      record: record, permutation: permutation, conversion: conversion, outputType: outputType,
      outputShape: tensor.tfShape)
  }

  /// The TF type for an MXNet type. By default every float type becomes float32
  /// (float16 and bfloat16 exactly, float64 rounded to nearest), what a float32
  /// TF model restores; `keepFloat` keeps float16/32/64 and bfloat16 as stored.
  /// Integer and bool weights are refused either way: no ResNet variable holds
  /// them, so such a file is not a model TF could restore.
  static func outputType(
    of record: NDArrayRecord, keepFloat: Bool, source: MappedFile
  ) throws(ConversionError) -> (ElementConversion, TFDataType) {
    switch record.dtype {
    case .float32: return (.none, .float)
    case .float64: return keepFloat ? (.none, .double) : (.doubleToSingle, .float)
    case .float16: return keepFloat ? (.none, .half) : (.halfToSingle, .float)
    case .bfloat16: return keepFloat ? (.none, .bfloat16) : (.bfloatToSingle, .float)
    case .uint8, .int8, .int32, .int64, .bool, .int16, .uint16, .uint32, .uint64:
      throw ConversionError(
        .unsupportedModel,
        "weights of type \(record.dtype) are not floating point; a ResNet's weights are float16, float32 or float64",
        source: source.path, tensor: record.displayName, offset: record.headerOffset)
    }
  }

  /// How the element type changes, in words, or nil when it does not: for
  /// `inspect` and the summary.
  public static func conversionNote(_ conversion: ElementConversion) -> String? {
    switch conversion {
    case .none: nil
    case .halfToSingle: "float16 → float32, exact"
    case .bfloatToSingle: "bfloat16 → float32, exact"
    case .doubleToSingle: "float64 → float32, rounded to nearest"
    }
  }
}
