public import Files
import MMapIO
public import ResNet
public import ResNetForward
import Streams
public import SystemPackage
import TensorBundle

#if canImport(Glibc)
  import Glibc
#endif

/// Converts a compressed `.params.lz4` file in one streaming pass: no
/// decompressed copy, no buffer the size of the model.
///
/// The names of an NDArray list stand at its end, but no name is needed to
/// write the data: a tensor's layout change follows from its rank alone
/// (4-D OIHW → HWIO, 2-D (out, in) → (in, out), else copy), and float16 widens
/// to float32 unless kept. So each array is transformed and written to the
/// shards as it is decoded; after the last one the names are read, the model is
/// analysed exactly as for a `.params` file, every layout change already made is
/// checked against the analysis, and the names are bound to the entries when the
/// index is written. The tensors are written in file order, as ``Converter``
/// writes them, so the checkpoint files are byte-identical to those of the
/// decompressed file.
///
/// Without `options.scope` the checkpoint prefix (`<model>.ckpt`) is known only
/// at the end: the files are written under a provisional prefix inside the
/// private staging directory and renamed before publishing. A model that cannot
/// be converted is therefore found only at the end, and nothing is published.
///
/// Memory: the decoder's chunk (≤ 4 MiB), the checkpoint writer's buffer, and
/// one permuted tensor (≤ ``StreamedTensorWriter/defaultMaximumBufferedTensorSize``).
public enum StreamingConverter {
  /// Whether `source` is a file for this converter: it starts with an LZ4
  /// frame (or a skippable frame), whatever its name. (The daemon hands the
  /// converter `/proc/self/fd/N`, which has no suffix to go by.) A file that
  /// cannot be read is judged by its name, so its error comes from the
  /// reader its name promises.
  public static func handles(_ source: FilePath) -> Bool {
    guard let descriptor = try? ReadOnlyFile.open(source) else {
      return source.string.hasSuffix(".lz4")
    }
    defer { try? descriptor.close() }
    var magic: UInt32 = 0
    let count = withUnsafeMutableBytes(of: &magic) { raw in
      (try? descriptor.read(fromAbsoluteOffset: 0, into: raw)) ?? 0
    }
    guard count == 4 else { return source.string.hasSuffix(".lz4") }
    let word = UInt32(littleEndian: magic)
    return word == LZ4FrameLayout.frameMagic || LZ4FrameLayout.skippableMagicRange.contains(word)
      || word == LZ4FrameLayout.legacyMagic
  }

  /// Files are written under this prefix when the final one is not yet known.
  /// It cannot collide with a final prefix, which always ends in `.ckpt`.
  static let provisionalPrefix = "gluon2tf-unnamed"

  /// Converts the LZ4-compressed NDArray list `source` into the empty
  /// directory `directory`, as ``Converter/convert(source:into:options:progress:)``.
  public static func convert(
    source: FilePath, into directory: Directory, options: ConversionOptions = ConversionOptions(),
    progress: Converter.Progress? = nil
  ) throws(ConversionError) -> ConversionSummary {
    let start = ContinuousClock.now
    if let scope = options.scope {
      do { try ResNetAnalyzer.validateScope(scope) } catch {
        throw ConversionError(.unsupportedModel, "\(error)", source: source)
      }
    }
    return try FileSnapshot.guarding(source) { (snapshot) throws(ConversionError) in
      try convert(
        source: source, into: directory, options: options, progress: progress,
        snapshot: snapshot, start: start)
    }
  }

  private static func convert(
    source: FilePath, into directory: Directory, options: ConversionOptions,
    progress: Converter.Progress?, snapshot: FileSnapshot, start: ContinuousClock.Instant
  ) throws(ConversionError) -> ConversionSummary {
    let (mapping, prefix, files, written, sourceVersion) = try convertStaged(
      source: source, into: directory, options: options, progress: progress)
    var names = files.compactMap { $0.lastComponent?.string }
    var report: VerificationReport?
    if let verification = options.verification {
      // The source side is a second streaming decode (StreamingWeightProvider),
      // without content checksums: the pass above checked them on this version.
      report = try Converter.verify(source: source, options: verification) {
        () throws -> VerificationReport in
        try Verifier.verify(
          sourceWeights: StreamingWeightProvider(
            source: source, mapping: mapping, checkedVersion: sourceVersion),
          sourcePath: source.string, mapping: mapping,
          checkpointPrefix: directory.path.appending(prefix), options: verification)
      }
      names.append(VerificationReport.fileName)
    }
    try snapshot.confirmUnchanged()
    let elapsed = ContinuousClock.now - start
    return ConversionSummary(
      source: source, sourceBytes: sourceVersion.size, architecture: mapping.architecture,
      namingStyle: mapping.namingStyle, scope: mapping.scope, destination: directory.path,
      checkpointPrefix: directory.path.appending(prefix), files: names,
      tensorCount: mapping.tensors.count, bytesWritten: written.bytes,
      shardCount: names.filter { $0.contains(".data-") }.count,
      durationNanoseconds: UInt64(elapsed.components.seconds) * 1_000_000_000
        + UInt64(elapsed.components.attoseconds / 1_000_000_000), verification: report)
  }

  /// The streaming pass proper: writes the checkpoint into `staging` and names
  /// its files. The decoder and its buffers are released on return, before
  /// verification decodes the file again. The source's version is that of the
  /// bytes decoded, whose content checksums (if any) all matched: the names
  /// are read to the end of the stream before the index is written.
  static func convertStaged(
    source: FilePath, into directory: Directory, options: ConversionOptions,
    progress: Converter.Progress?
  ) throws(ConversionError) -> (
    mapping: ModelMapping, prefix: String, files: [FilePath], written: Written,
    sourceVersion: FileVersion
  ) {
    let (decoder, reader) = try open(source)
    let finalPrefix = options.scope.map(checkpointPrefix(scope:))
    let writer: BundleWriter
    do {
      writer = try BundleWriter(
        directory: directory, prefix: finalPrefix ?? provisionalPrefix,
        maxShardSize: options.maxShardSize)
    } catch {
      throw ConversionError(
        .write, "cannot start the checkpoint in \(directory.path)", cause: error)
    }
    var budget = SourceSizeBudget(
      limit: options.maxSourceBytes, source: source, output: directory, decodedOffsets: true)
    let written = try writeArrays(
      reader, into: writer, source: decoder.file, options: options, budget: &budget,
      progress: progress)
    let mapping = try analyze(reader, written: written, source: source, options: options)
    let prefix = checkpointPrefix(scope: mapping.scope)
    let entries = mapping.tensors.map { (key: $0.tfName, entry: written.entries[$0.sourceIndex]) }
    var files: [FilePath]
    do {
      files = try writer.finish(entries: entries, writeCheckpointState: finalPrefix != nil)
    } catch {
      throw ConversionError(
        .write, "cannot finish the checkpoint index", source: source, cause: error)
    }
    if finalPrefix == nil {
      files = try renameProvisionalFiles(files, to: prefix, in: directory)
    }
    return (mapping, prefix, files, written, decoder.file.version)
  }

  /// Decodes `source` once, reading only headers and names, and analyses the
  /// model: what `inspect` and the default destination need. Nothing is written.
  public static func mapping(source: FilePath, options: ConversionOptions) throws(ConversionError)
    -> ModelMapping
  {
    try plan(source: source, options: options).plan.mapping
  }

  /// Plans the conversion of the compressed `source` as ``Converter/plan(source:options:)``
  /// plans that of a `.params` file, from one decode of its headers and names
  /// (bounded by `options.maxSourceBytes`). Nothing is written.
  ///
  /// - Returns: the plan, and the size of the compressed file.
  public static func plan(source: FilePath, options: ConversionOptions) throws(ConversionError)
    -> (sourceBytes: Int, plan: ConversionPlan)
  {
    let (decoder, reader) = try open(source)
    var budget = SourceSizeBudget(
      limit: options.maxSourceBytes, source: source, output: nil, decodedOffsets: true)
    var records: [NDArrayRecord] = []
    while true {
      let next: NDArrayRecord?
      do { next = try reader.nextArray() } catch { throw ConversionError(error) }
      guard let record = next else { break }
      try budget.declare(record)
      records.append(record)
    }
    let mapping = try analyze(
      reader, shapes: records.map(\.shape), source: source, options: options)
    var jobs: [TensorJob] = []
    for tensor in mapping.tensors {
      jobs.append(
        try ConversionPlan.job(
          for: tensor, record: records[tensor.sourceIndex], options: options,
          source: decoder.file))
    }
    return (
      decoder.file.count,
      ConversionPlan(mapping: mapping, jobs: jobs, keys: mapping.tensors.map(\.tfName))
    )
  }

  /// The layout change a tensor gets from its rank alone, before any name is known.
  public static func transform(forShape shape: [Int]) -> LayoutTransform {
    switch shape.count {
    case 4: .convOIHWtoHWIO
    case 2: .denseTranspose
    default: .copy
    }
  }

  // MARK: - Steps

  /// What the streaming pass wrote, in file order.
  struct Written {
    var records: [NDArrayRecord] = []
    var transforms: [LayoutTransform] = []
    var entries: [BundleEntry] = []
    var bytes = 0
  }

  static func open(_ source: FilePath) throws(ConversionError) -> (
    LZ4FrameDecoder, ParamsStreamReader
  ) {
    do {
      let decoder = try LZ4FrameDecoder(path: source)
      return (decoder, try ParamsStreamReader(source: decoder, path: source))
    } catch {
      throw ConversionError(error)
    }
  }

  /// Streams every array through its rank-chosen transform into `writer`.
  /// Each array is admitted by `budget` before any of its data is decoded.
  static func writeArrays(
    _ reader: ParamsStreamReader, into writer: BundleWriter, source: MappedFile,
    options: ConversionOptions, budget: inout SourceSizeBudget, progress: Converter.Progress?
  ) throws(ConversionError) -> Written {
    let tensors = StreamedTensorWriter(writer: writer)
    var written = Written()
    written.records.reserveCapacity(reader.arrayCount)
    while true {
      let next: NDArrayRecord?
      do { next = try reader.nextArray() } catch { throw ConversionError(error) }
      guard let record = next else { break }
      let transform = transform(forShape: record.shape)
      let provisional = TensorMapping(
        sourceIndex: record.index, sourceName: record.displayName, structuralName: "", tfName: "",
        sourceShape: record.shape, tfShape: transform.tfShape(fromSourceShape: record.shape),
        transform: transform)
      let job = try ConversionPlan.job(
        for: provisional, record: record, options: options, source: source)
      try budget.admit(record, outputByteCount: job.outputByteCount)
      if !tensors.canWrite(job) {
        throw ConversionError(
          .unsupportedModel,
          "tensor of shape \(record.shape) \(record.dtype) holds \(record.byteCount) bytes; streamed"
            + " .lz4 conversion buffers at most \(tensors.maximumBufferedTensorSize) bytes for a layout"
            + " change (decompress with `lz4 -d` and convert the .params file)",
          source: source.path, tensor: record.displayName)
      }
      do {
        try tensors.begin(job)
      } catch {
        throw writeFailure(error, record, source.path)
      }
      while true {
        let piece: UnsafeRawBufferPointer
        do { piece = try reader.readData() } catch { throw ConversionError(error) }
        if piece.isEmpty { break }
        do { try tensors.consume(piece) } catch { throw writeFailure(error, record, source.path) }
      }
      do {
        written.entries.append(try tensors.end())
      } catch {
        throw writeFailure(error, record, source.path)
      }
      written.records.append(record)
      written.transforms.append(transform)
      written.bytes += job.outputByteCount
      progress?(record.index + 1, reader.arrayCount, written.bytes)
    }
    return written
  }

  /// Reads the names, analyses the model and checks the layout changes already made.
  static func analyze(
    _ reader: ParamsStreamReader, written: Written, source: FilePath, options: ConversionOptions
  ) throws(ConversionError) -> ModelMapping {
    let mapping = try analyze(
      reader, shapes: written.records.map(\.shape), source: source, options: options)
    for tensor in mapping.tensors {
      let applied = written.transforms[tensor.sourceIndex]
      let entry = written.entries[tensor.sourceIndex]
      guard tensor.transform == applied, tensor.tfShape == entry.shape else {
        throw ConversionError(
          .unsupportedModel,
          "\(tensor.sourceName) needs layout change \(tensor.transform.rawValue) to \(tensor.tfShape),"
            + " but streaming chose \(applied.rawValue) from its rank; this model cannot be converted"
            + " from a compressed stream",
          source: source, tensor: tensor.sourceName)
      }
    }
    return mapping
  }

  static func analyze(
    _ reader: ParamsStreamReader, shapes: [[Int]], source: FilePath, options: ConversionOptions
  ) throws(ConversionError) -> ModelMapping {
    let names: [String]?
    do { names = try reader.readNames() } catch { throw ConversionError(error) }
    guard let names else {
      throw ConversionError(
        .unsupportedModel,
        "the file has no names table (saved as a list); a ResNet needs its parameter names",
        source: source)
    }
    let tensors = zip(names, shapes).map { SourceTensor(name: $0.0, shape: $0.1) }
    do {
      return try ResNetAnalyzer.analyze(
        tensors, scope: options.scope, familyHint: options.familyHint)
    } catch {
      throw ConversionError(.unsupportedModel, "\(error)", source: source)
    }
  }

  /// `<scope>.ckpt`, with `/` in the scope as `_` (as ``ConversionPlan`` names it).
  static func checkpointPrefix(scope: String) -> String {
    String(scope.map { $0 == "/" ? "_" : $0 }) + ".ckpt"
  }

  /// Renames the files written under the provisional prefix and writes the
  /// `checkpoint` state file; returns the final paths in the same order.
  static func renameProvisionalFiles(
    _ files: [FilePath], to prefix: String, in directory: Directory
  ) throws(ConversionError) -> [FilePath] {
    var renamed: [FilePath] = []
    for file in files {
      guard let name = file.lastComponent?.string, name.hasPrefix(provisionalPrefix) else {
        throw ConversionError(.write, "unexpected checkpoint file \(file)")
      }
      let targetName = prefix + name.dropFirst(provisionalPrefix.count)
      do {
        try directory.rename(name, to: directory, as: targetName)
      } catch {
        throw ConversionError(.write, "cannot rename \(file) to \(targetName)", cause: error)
      }
      renamed.append(directory.path.appending(targetName))
    }
    do {
      try CheckpointStateFile(modelCheckpointPath: prefix).write(into: directory)
    } catch {
      throw ConversionError(.write, "cannot write the checkpoint state file", cause: error)
    }
    renamed.append(BundleFileNames.checkpointState(directory: directory.path))
    return renamed
  }

  static func writeFailure(
    _ error: any Error, _ record: NDArrayRecord, _ source: FilePath
  ) -> ConversionError {
    ConversionError(
      .write, "cannot write tensor to the checkpoint", source: source,
      tensor: record.displayName, offset: nil,
      cause: DecodedOffsetError(offset: record.dataOffset, underlying: error))
  }
}

/// Where in the decoded stream an error happened (an LZ4 source has no file
/// offset for a decoded byte), wrapping the error.
struct DecodedOffsetError: Error, CustomStringConvertible, UnderlyingErrorProviding {
  var offset: Int
  var underlying: any Error
  var underlyingError: (any Error)? { underlying }
  var description: String { "\(underlying) [at decoded byte \(offset)]" }
}
