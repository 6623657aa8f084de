// libFuzzer target: the TensorBundle reader. The input is a checkpoint's
// `.index` file (SSTable); a fixed data shard sits beside it, so entries that
// survive parsing are also read through the bounds and CRC checks.
import FuzzSupport
import Glibc
import MMapIO
import SystemPackage
import TensorBundle

let workDirectory = FilePath("/dev/shm/gluon2tf-fuzz-bundle-\(getpid())")
let prefix = workDirectory.appending("fuzz.ckpt")

@_cdecl("LLVMFuzzerInitialize")
public func initialize(
  _ argc: UnsafeMutablePointer<CInt>, _ argv: FuzzSupport.Arguments
) -> CInt {
  mkdir(workDirectory.string, 0o700)
  // The seed checkpoint is also the fixed shard every input is read against.
  let seedDirectory = workDirectory.appending("seed")
  mkdir(seedDirectory.string, 0o700)
  let values: [Float] = (0..<64).map { Float($0) }
  if let writer = try? BundleWriter(
    directory: seedDirectory, prefix: "fuzz.ckpt", maxShardSize: 1 << 20)
  {
    var entries: [(key: String, entry: BundleEntry)] = []
    for (key, shape) in [
      ("scope/a/weights", [2, 2, 2, 2]), ("scope/b/BatchNorm/beta", [8]), ("scope/c", [4, 4]),
    ] {
      try? writer.beginTensor(dtype: .float, shape: shape)
      let count = shape.reduce(1, *)
      try? values.withUnsafeBytes {
        try writer.append(UnsafeRawBufferPointer(rebasing: $0[0..<(count * 4)]))
      }
      if let entry = try? writer.endTensor() { entries.append((key, entry)) }
    }
    _ = try? writer.finish(entries: entries, writeCheckpointState: false)
  }
  _ = rename(
    seedDirectory.appending("fuzz.ckpt.data-00000-of-00001").string,
    workDirectory.appending("fuzz.ckpt.data-00000-of-00001").string)
  if let corpus = FuzzSupport.emptyCorpusDirectory(argc, argv) {
    _ = rename(
      seedDirectory.appending("fuzz.ckpt.index").string, corpus.appending("seed.index").string)
  }
  return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let index = FilePath(prefix.string + ".index")
  FuzzSupport.write(UnsafeRawBufferPointer(start: data, count: size), to: index)
  guard let reader = try? BundleReader(prefix: prefix) else { return 0 }
  for key in reader.keys {
    _ = reader.entry(for: key)
    _ = try? reader.withTensorBytes(key: key) { bytes in bytes.reduce(0, &+) }
    reader.release(key: key)
  }
  return 0
}

@_cdecl("FuzzBundleIndex_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  FuzzSupport.run(argc, argv)
}
