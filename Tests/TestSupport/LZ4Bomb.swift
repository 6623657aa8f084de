public import SystemPackage

/// Writes an LZ4 "bomb": a small `.params.lz4` whose one float32 array is
/// declared as `blocks` × 4 MiB of zeros (less the headers), and which decodes
/// to exactly that. Each 4 MiB block of zeros compresses to about 16 KB, so
/// 256 blocks (1 GiB declared) make a file of about 4 MB.
///
/// The stream stops at the end of the array's data: there is no names table,
/// so no conversion can succeed, but a converter that trusts the headers
/// writes the whole array before it finds out.
public enum LZ4Bomb {
  /// The block size used (`lz4 -B7`).
  public static let blockSize = 4 << 20
  /// List header (24 bytes) and one V2 array header of rank 1 (32 bytes).
  public static let headerSize = 56

  /// The array's declared data bytes for `blocks` blocks.
  public static func declaredBytes(blocks: Int) -> Int { blocks * blockSize - headerSize }

  /// Writes the bomb as `name` in `directory` (with two scratch files beside it).
  public static func write(_ name: String, blocks: Int, in directory: TemporaryDirectory) throws
    -> FilePath
  {
    var first = [UInt8](repeating: 0, count: blockSize)
    var header: [UInt8] = []
    func put<T: FixedWidthInteger>(_ value: T) {
      withUnsafeBytes(of: value.littleEndian) { header += $0 }
    }
    put(UInt64(0x112))
    put(UInt64(0))
    put(UInt64(1))
    put(UInt32(0xF993_FAC9))  // V2 array
    put(Int32(0))  // dense
    put(Int32(1))  // rank 1
    put(Int64(declaredBytes(blocks: blocks) / 4))
    put(Int32(1))  // cpu
    put(Int32(0))
    put(Int32(0))  // float32
    first.replaceSubrange(0..<header.count, with: header)
    let firstBlock = try compressedBlock(first, "\(name).first", directory)
    let zeroBlock = try compressedBlock(
      [UInt8](repeating: 0, count: blockSize), "\(name).zeros", directory)
    var bytes = firstBlock.frameHeader + firstBlock.block
    bytes.reserveCapacity(bytes.count + (blocks - 1) * zeroBlock.block.count + 4)
    for _ in 1..<blocks { bytes += zeroBlock.block }
    bytes += [0, 0, 0, 0]  // end mark
    return try directory.write(name, bytes)
  }

  /// One 4 MiB block compressed by `lz4` in a frame without checksums: the
  /// frame's 7-byte header and the block (size word and data).
  private static func compressedBlock(
    _ content: [UInt8], _ scratch: String, _ directory: TemporaryDirectory
  ) throws -> (frameHeader: [UInt8], block: [UInt8]) {
    let input = try directory.write(scratch, content)
    let output = directory.file(scratch + ".lz4")
    try LZ4Tool.compress(input, output, ["-B7", "--no-frame-crc"])
    let frame = try directory.read(output)
    // magic, FLG, BD, HC | one block | end mark
    return (Array(frame[0..<7]), Array(frame[7..<(frame.count - 4)]))
  }
}
