// libFuzzer target: the `.params.lz4` path — LZ4 frame layout pre-read, liblz4
// frame decoding, and the streaming NDArray-list reader on top, as
// `gluon2tf convert x.params.lz4` drives them.
import FuzzSupport
import Glibc
import MMapIO
import SystemPackage

let scratch = FilePath("/dev/shm/gluon2tf-fuzz-lz4-\(getpid()).params.lz4")

@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: FuzzSupport.Arguments) -> CInt {
  guard let corpus = FuzzSupport.emptyCorpusDirectory(argc, argv) else { return 0 }
  // Seeds: a small valid .params, compressed by the lz4 tool in several frame styles.
  let plain = FilePath("/dev/shm/gluon2tf-fuzz-lz4-seed-\(getpid()).params")
  let values: [Float] = (0..<96).map { Float($0 % 7) }
  if var writer = try? ParamsWriter(path: plain, count: 2) {
    try? values.withUnsafeBytes { try writer.append(name: "conv1.weight", shape: [4, 3, 2, 2], dtype: .float32, data: $0) }
    try? values.withUnsafeBytes {
      try writer.append(name: "fc.bias", shape: [8], dtype: .float32, data: UnsafeRawBufferPointer(rebasing: $0[0..<32]))
    }
    try? writer.finish()
  }
  for (name, flags) in [("default", ""), ("content-size", "--content-size"), ("no-crc", "--no-frame-crc"), ("linked", "-BD")] {
    _ = system("lz4 -q -f \(flags) \(plain.string) \(corpus.appending("\(name).lz4").string) 2>/dev/null")
  }
  unlink(plain.string)
  return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  FuzzSupport.write(UnsafeRawBufferPointer(start: data, count: size), to: scratch)
  guard let decoder = try? LZ4FrameDecoder(path: scratch),
    let reader = try? ParamsStreamReader(source: decoder, path: scratch)
  else { return 0 }
  var sum: UInt8 = 0
  while let record = try? reader.nextArray() {
    _ = record.shape
    while let bytes = try? reader.readData(), !bytes.isEmpty {
      for byte in bytes { sum &+= byte }
    }
  }
  _ = try? reader.readNames()
  _ = sum
  return 0
}

@_cdecl("FuzzLZ4_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  FuzzSupport.run(argc, argv)
}
