internal import CKernels
import Files
public import MMapIO
public import ResNet
public import ResNetForward
public import SystemPackage
import TensorBundle

/// What to feed the verification and how strict to be.
public struct VerificationOptions: Sendable {
  /// NCHW input; `nil` uses ``SyntheticImage`` at 224 × 224.
  public var input: NPYArray?
  public var inputPath: String?
  /// Logits computed elsewhere, to compare both paths with.
  public var reference: NPYArray?
  public var referencePath: String?
  /// Largest accepted relative L2 (gluon2TF's bar is 1e-5).
  public var threshold: Double
  /// Where to write `<prefix>.source.npy` and `<prefix>.checkpoint.npy`.
  public var saveLogitsPrefix: FilePath?

  public static let defaultThreshold = 1e-5

  /// Whether `value` can be a threshold: a finite number above 0 (with 0 no
  /// conversion could pass). The CLI flag and the daemon's setting both ask here.
  public static func isValidThreshold(_ value: Double) -> Bool { value > 0 && value.isFinite }

  public init(
    input: NPYArray? = nil, inputPath: String? = nil, reference: NPYArray? = nil,
    referencePath: String? = nil,
    threshold: Double = defaultThreshold, saveLogitsPrefix: FilePath? = nil
  ) {
    self.input = input
    self.inputPath = inputPath
    self.reference = reference
    self.referencePath = referencePath
    self.threshold = threshold
    self.saveLogitsPrefix = saveLogitsPrefix
  }
}

/// Proves a checkpoint computes what its source computes.
///
/// Two forward passes run side by side, one per core, one stage at a time: the
/// source path (NCHW activations, OIHW weights from the mapped `.params`, MXNet
/// semantics) on the calling thread, and the checkpoint path (NHWC activations,
/// HWIO weights read back through the CRC-checked ``BundleReader``, TensorFlow
/// semantics) on a thread of its own. Both finish a stage before either starts
/// the next (a barrier); then the two activations are compared and the older
/// ones dropped, so memory holds a layer's weights and a few activations per
/// path, never a model. The paths share nothing, and OpenBLAS runs each product
/// on its caller's thread (``BLASThreads``), so the metrics are the same bits
/// whatever the thread count or scheduling.
public enum Verifier {
  /// Verifies the checkpoint at `checkpointPrefix` against the mapped `.params` file.
  public static func verify(
    params: ParamsFile, mapping: ModelMapping, checkpointPrefix: FilePath,
    options: VerificationOptions
  ) throws -> VerificationReport {
    try verify(
      sourceWeights: ParamsWeightProvider(params: params, mapping: mapping),
      sourcePath: params.file.path.string,
      mapping: mapping, checkpointPrefix: checkpointPrefix, options: options)
  }

  /// Verifies the checkpoint at `checkpointPrefix` against source weights from
  /// any provider (a mapped `.params` file, or a stream decoded again).
  public static func verify(
    sourceWeights: any WeightProvider, sourcePath: String, mapping: ModelMapping,
    checkpointPrefix: FilePath,
    options: VerificationOptions
  ) throws -> VerificationReport {
    let start = ContinuousClock.now
    // A fixed mmap threshold: every activation and band is mapped afresh and returned
    // when freed. glibc would otherwise raise the threshold as large blocks are freed and
    // keep them in per-thread arenas, which with two paths on two threads added 10 MiB to
    // resnet18_v1b's peak RSS, by how the threads happened to interleave.
    _ = g2t_fix_mmap_threshold(256 << 10)
    let input = try inputActivation(options)
    let reader = try BundleReader(prefix: checkpointPrefix)
    let architecture = mapping.architecture
    let sourcePass = ForwardPass(architecture: architecture, layout: .nchw, weights: sourceWeights)
    let checkpointPass = ForwardPass(
      architecture: architecture, layout: .nhwc,
      weights: CheckpointWeightProvider(reader: reader, mapping: mapping))

    var stages: [VerificationReport.Stage] = []
    let nhwcInput = input.converted(to: .nhwc)
    var (source, checkpoint) = try bothPaths(stage: "C1", sourcePath: sourcePath) {
      try sourcePass.stem(input)
    } checkpoint: {
      try checkpointPass.stem(nhwcInput)
    }
    stages.append(.init(name: "C1", relativeL2: compare(checkpoint, source)))
    for index in 1...4 {
      let (sourceInput, checkpointInput) = (source, checkpoint)
      (source, checkpoint) = try bothPaths(stage: "C\(index + 1)", sourcePath: sourcePath) {
        try sourcePass.stage(index, sourceInput)
      } checkpoint: {
        try checkpointPass.stage(index, checkpointInput)
      }
      stages.append(.init(name: "C\(index + 1)", relativeL2: compare(checkpoint, source)))
    }
    // The heads run in turn: a few milliseconds for 1000 classes, and a head of any size
    // then holds one block of `fc.weight` at a time, not one per path.
    let sourceLogits = try sourcePass.logits(source)
    try requireFinite(sourceLogits, stage: "logits", sourcePath: sourcePath)
    let checkpointLogits = try checkpointPass.logits(checkpoint)

    var reference: VerificationReport.Reference?
    if let expected = options.reference {
      guard expected.values.count == sourceLogits.count else {
        throw VerificationError(
          .invalidReference,
          "reference logits have \(expected.values.count) values (shape \(expected.shape)), the model has "
            + "\(sourceLogits.count) classes")
      }
      reference = .init(
        path: options.referencePath ?? "",
        source: LogitsComparison(candidate: sourceLogits, reference: expected.values),
        checkpoint: LogitsComparison(candidate: checkpointLogits, reference: expected.values))
    }
    if let prefix = options.saveLogitsPrefix {
      try NPYArray(shape: [sourceLogits.count], values: sourceLogits).write(
        to: FilePath(prefix.string + ".source.npy"))
      try NPYArray(shape: [checkpointLogits.count], values: checkpointLogits)
        .write(to: FilePath(prefix.string + ".checkpoint.npy"))
    }
    let elapsed = ContinuousClock.now - start
    return VerificationReport(
      model: architecture.modelName, scope: mapping.scope, sourcePath: sourcePath,
      checkpointPrefix: checkpointPrefix.string,
      inputKind: options.input == nil ? "synthetic" : "npy",
      inputPath: options.inputPath, inputShape: [1, input.channels, input.height, input.width],
      threshold: options.threshold,
      logits: LogitsComparison(candidate: checkpointLogits, reference: sourceLogits),
      stages: stages,
      reference: reference, peakResidentBytes: ProcessMemory.peakResidentBytes() ?? 0,
      durationMilliseconds: Int(
        elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000))
  }

  /// Runs one stage of both paths at once (`source` here, `checkpoint` beside it)
  /// and returns both outputs once both are done.
  ///
  /// Failures are reported as when the paths ran in turn: the source path's own
  /// error first, then a non-finite source output, then the checkpoint path's
  /// error.
  static func bothPaths(
    stage: String, sourcePath: String, source: () throws -> Activation,
    checkpoint: () throws -> Activation
  ) throws -> (source: Activation, checkpoint: Activation) {
    let outputs = SideBySide.run(source, beside: checkpoint)
    let sourceOutput = try outputs.here.get()
    try requireFinite(sourceOutput.values, stage: stage, sourcePath: sourcePath)
    return (sourceOutput, try outputs.beside.get())
  }

  /// Refuses to compare against a source path that itself gives NaN or
  /// infinity: no checkpoint could match it, and "does not compute what the
  /// source computes" would blame the conversion for the model's own weights.
  static func requireFinite(_ values: [Float], stage: String, sourcePath: String)
    throws(ConversionError)
  {
    let nonFinite = values.reduce(0) { $0 + ($1.isFinite ? 0 : 1) }
    guard nonFinite > 0 else { return }
    let nanCount = values.reduce(0) { $0 + ($1.isNaN ? 1 : 0) }
    throw ConversionError(
      .sourceNonFinite,
      "the source's own forward pass is non-finite at stage \(stage): \(nanCount) NaN and"
        + " \(nonFinite - nanCount) infinite values of \(values.count) on the reference (MXNet, NCHW)"
        + " path. The weights themselves overflow or hold NaN/inf, so no checkpoint can be checked"
        + " against them",
      source: FilePath(sourcePath))
  }

  /// The NCHW input: the given array or the synthetic image.
  static func inputActivation(_ options: VerificationOptions) throws(VerificationError)
    -> Activation
  {
    guard let array = options.input else { return SyntheticImage.make() }
    var shape = array.shape
    if shape.count == 4 && shape[0] == 1 { shape.removeFirst() }
    guard shape.count == 3, shape[0] == 3, shape[1] >= 32, shape[2] >= 32 else {
      throw VerificationError(
        .invalidInput,
        "the input must be float32 NCHW of shape (1, 3, H, W) with H, W ≥ 32; found \(array.shape)")
    }
    return Activation(
      layout: .nchw, channels: 3, height: shape[1], width: shape[2], values: array.values)
  }

  /// Relative L2 of a checkpoint-path (NHWC) activation against the source-path (NCHW) one.
  static func compare(_ checkpoint: Activation, _ source: Activation) -> Double {
    LogitsComparison.relativeL2(checkpoint.converted(to: .nchw).values, source.values)
  }
}
