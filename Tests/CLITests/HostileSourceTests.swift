import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Sources that lie about their size or their kind, given to the real binary.
@Suite("gluon2tf with hostile or mislabelled sources", .serialized)
struct HostileSourceTests {
  let temporary = TemporaryDirectory()
  var directory: URL { URL(fileURLWithPath: temporary.path.string) }

  func exists(_ url: URL) -> Bool { FileManager.default.fileExists(atPath: url.path) }

  /// Bytes of every file under the temporary directory.
  func bytesOnDisk() throws -> Int {
    let files = FileManager.default.enumerator(atPath: directory.path)
    var total = 0
    while let name = files?.nextObject() as? String {
      let attributes = try FileManager.default.attributesOfItem(
        atPath: directory.appendingPathComponent(name).path)
      total += (attributes[.size] as? Int) ?? 0
    }
    return total
  }

  /// A small resnet18_v1b `.params` made by `demo`.
  func sample() throws -> URL {
    let demo = try Gluon2TFCommand.run([
      "demo", "--model", "resnet18_v1b", "--out", directory.appendingPathComponent("demo").path,
    ])
    #expect(demo.status == 0, "\(demo.stderr)")
    return directory.appendingPathComponent("demo/resnet18_v1b.params")
  }

  /// A 34 MB file declaring 8.2 GB of data, over the default 8 GiB bound: refused
  /// at its first array header, with nothing written (before the bound it
  /// wrote the whole array, then failed for lack of names).
  @Test func anLZ4BombIsRefusedByTheDefaultBoundBeforeAnythingIsWritten() throws {
    let bomb = try LZ4Bomb.write("bomb.params.lz4", blocks: 2100, in: temporary)
    let before = try bytesOnDisk()
    let out = directory.appendingPathComponent("out")
    let result = try Gluon2TFCommand.run(["convert", bomb.string, "--out", out.path])
    #expect(result.status == 1)
    #expect(result.stderr.contains("bomb.params.lz4"), "\(result.stderr)")
    #expect(result.stderr.contains("tensor #0"), "\(result.stderr)")
    #expect(result.stderr.contains("max-source-bytes"), "\(result.stderr)")
    #expect(result.stderr.contains("decoded byte 24"), "\(result.stderr)")
    #expect(!exists(out))
    #expect(try bytesOnDisk() - before < 1 << 20)
    // Without --out the model's name is looked for: bounded the same way.
    let named = try Gluon2TFCommand.run(["convert", bomb.string, "--no-verify"])
    #expect(named.status == 1)
    #expect(named.stderr.contains("max-source-bytes"), "\(named.stderr)")
  }

  /// `--max-source-bytes` bounds any source, compressed or not, and says so by name.
  @Test func maxSourceBytesRefusesALargerSourceAndNamesTheSetting() throws {
    let params = try sample()
    let out = directory.appendingPathComponent("out")
    let plain = try Gluon2TFCommand.run([
      "convert", params.path, "--out", out.path, "--max-source-bytes", "1M",
    ])
    #expect(plain.status == 1)
    #expect(
      plain.stderr.contains("more than max-source-bytes allows (1048576 bytes, 1M)"),
      "\(plain.stderr)")
    #expect(plain.stderr.contains("byte offset"), "\(plain.stderr)")
    #expect(!exists(out))

    let bomb = try LZ4Bomb.write("bomb.params.lz4", blocks: 256, in: temporary)
    let compressed = try Gluon2TFCommand.run([
      "convert", bomb.string, "--out", out.path, "--max-source-bytes", "512M",
    ])
    #expect(compressed.status == 1)
    #expect(compressed.stderr.contains("more than max-source-bytes allows (536870912 bytes, 512M)"))
    #expect(!exists(out))

    let enough = try Gluon2TFCommand.run([
      "convert", params.path, "--out", out.path, "--max-source-bytes", "64M", "--no-verify",
    ])
    #expect(enough.status == 0, "\(enough.stderr)")
  }

  /// A 1 GiB declaration on a 16 MiB file system is refused before its data
  /// is written (it used to fill the file system, then fail with ENOSPC).
  @Test func aDeclarationLargerThanTheOutputFileSystemIsRefusedBeforeWriting() throws {
    let bomb = try LZ4Bomb.write("bomb.params.lz4", blocks: 256, in: temporary)
    let mountPoint = directory.appendingPathComponent("small")
    try FileManager.default.createDirectory(at: mountPoint, withIntermediateDirectories: true)
    // A private mount namespace: the tmpfs is seen by the converter only.
    let script = """
      mount -t tmpfs -o size=16m tmpfs "$1" || exit 99
      "$2" convert "$3" --out "$1/ckpt" --no-verify
      status=$?
      echo "used $(du -sk "$1" | cut -f1)K" >&2
      ls -A "$1" >&2
      exit $status
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
    process.arguments = [
      "--mount", "--propagation", "private", "sh", "-c", script, "sh", mountPoint.path,
      Gluon2TFCommand.binary.path, bomb.string,
    ]
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    if process.terminationStatus == 99 || stderr.contains("unshare failed") {
      print("skipped: no private mount namespace with tmpfs here (\(stderr))")
      return
    }
    print("convert on a 16 MiB tmpfs: \(stderr)")
    #expect(process.terminationStatus == 1, "\(stderr)")
    #expect(stderr.contains("more than the whole file system"), "\(stderr)")
    #expect(stderr.contains("tensor #0"), "\(stderr)")
    #expect(stderr.contains("used 0K") || stderr.contains("used 4K"), "\(stderr)")
    #expect(!stderr.contains("ckpt\n"), "\(stderr)")
  }

  /// LZ4 data named `.params` and plain data named `.params.lz4`: convert,
  /// inspect and verify --params all tell them apart by their bytes (inspect
  /// and verify used to fail on any LZ4 data with a bare magic-number error).
  @Test func mislabelledLZ4AndPlainFilesAreToldApartByTheirBytes() throws {
    let params = try sample()
    let compressedAsParams = directory.appendingPathComponent("packed.params")
    try LZ4Tool.run([params.path, compressedAsParams.path])
    let plainAsLZ4 = directory.appendingPathComponent("plain.params.lz4")
    try FileManager.default.copyItem(at: params, to: plainAsLZ4)

    for (label, source) in [("lz4-as-params", compressedAsParams), ("params-as-lz4", plainAsLZ4)] {
      let out = directory.appendingPathComponent("out-\(label)")
      let convert = try Gluon2TFCommand.run(["convert", source.path, "--out", out.path])
      #expect(convert.status == 0, "\(label): \(convert.stderr)")
      let verify = try Gluon2TFCommand.run([
        "verify", out.path, "--params", source.path, "--report",
        directory.appendingPathComponent("report-\(label).json").path,
      ])
      #expect(verify.status == 0, "\(label): \(verify.stderr)")
      #expect(verify.stdout.contains("verification passed"), "\(label): \(verify.stdout)")
    }

    for source in [plainAsLZ4, compressedAsParams] {
      let inspect = try Gluon2TFCommand.run(["inspect", source.path])
      #expect(inspect.status == 0, "\(source.lastPathComponent): \(inspect.stderr)")
      #expect(inspect.stdout.contains("resnet18_v1b, 1000 classes"), "\(inspect.stdout)")
    }
  }
}
