// libFuzzer target: the `.params` (MXNet NDArray list) parser, through the real
// entry point (`ParamsFile(path:)`, which maps the file) and the zero-copy views.
import FuzzSupport
import Glibc
import MMapIO
import SystemPackage

let scratch = FilePath("/dev/shm/gluon2tf-fuzz-params-\(getpid()).params")

@_cdecl("LLVMFuzzerInitialize")
public func initialize(
  _ argc: UnsafeMutablePointer<CInt>, _ argv: FuzzSupport.Arguments
) -> CInt {
  if let corpus = FuzzSupport.emptyCorpusDirectory(argc, argv) {
    FuzzSeeds.writeParamsSeeds(into: corpus)
  }
  return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  FuzzSupport.write(UnsafeRawBufferPointer(start: data, count: size), to: scratch)
  guard let file = try? ParamsFile(path: scratch) else { return 0 }
  // Touch every byte the index claims, so a wrong bound faults under ASan.
  var sum: UInt8 = 0
  for record in file.records {
    let bytes = file.data(of: record)
    for byte in bytes { sum &+= byte }
    _ = record.name?.utf8.count
  }
  _ = sum
  return 0
}

@_cdecl("FuzzParams_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  FuzzSupport.run(argc, argv)
}
