internal import SystemPackage

/// Reads an SSTable held in memory (a mapped `.index` file), the inverse of
/// ``TableBuilder`` (docs/checkpoint-format.md §2): footer → index block → every
/// data block in order, with every block's CRC checked.
///
/// Stricter than LevelDB where TensorFlow would fail late or silently: keys must
/// be strictly increasing, and each index key must separate its block from the next.
struct TableReader {
  let file: UnsafeRawBufferPointer
  let path: FilePath?
  let footer: Footer

  init(_ file: UnsafeRawBufferPointer, path: FilePath?) throws(TensorBundleError) {
    self.file = file
    self.path = path
    guard file.count >= Footer.encodedLength else {
      throw TensorBundleError(
        .truncated, "file is too short to be an sstable (\(file.count) bytes)", path: path,
        offset: 0)
    }
    let footerOffset = file.count - Footer.encodedLength
    do {
      footer = try Footer.decode(UnsafeRawBufferPointer(rebasing: file[footerOffset...]))
    } catch .badMagic {
      throw TensorBundleError(
        .badMagic, "not an sstable (bad magic number)", path: path, offset: file.count - 8)
    } catch {
      throw TensorBundleError(
        .corruptIndex, "bad block handle in footer", path: path, offset: footerOffset)
    }
  }

  /// The contents of the block at `handle`, after checking bounds, CRC and type.
  func block(at handle: BlockHandle) throws(TensorBundleError) -> UnsafeRawBufferPointer {
    let limit = UInt64(file.count - Footer.encodedLength)
    guard handle.offset <= limit, handle.size <= limit - handle.offset,
      UInt64(BlockTrailer.size) <= limit - handle.offset - handle.size
    else {
      throw TensorBundleError(
        .truncated,
        "block (offset \(handle.offset), size \(handle.size)) runs past the end of the file",
        path: path, offset: Int(clamping: handle.offset))
    }
    let start = Int(handle.offset)
    let end = start + Int(handle.size)
    let contents = UnsafeRawBufferPointer(rebasing: file[start..<end])
    let trailer = BlockTrailer.decode(
      UnsafeRawBufferPointer(rebasing: file[end..<end + BlockTrailer.size]))
    guard trailer.matches(contents) else {
      throw TensorBundleError(
        .blockChecksumMismatch, "block checksum mismatch", path: path, offset: start)
    }
    switch BlockTrailer.Compression(rawValue: trailer.type) {
    case .none?:
      return contents
    case .snappy?:
      throw TensorBundleError(
        .unsupportedCompression,
        "snappy-compressed block: this reader has no snappy decoder (re-save the checkpoint with TensorFlow 2, which writes uncompressed blocks)",
        path: path, offset: start)
    case nil:
      throw TensorBundleError(
        .badBlockType, "bad block type \(trailer.type)", path: path, offset: end)
    }
  }

  /// Calls `visit` with every entry in key order.
  func forEachEntry(
    _ visit: (_ key: [UInt8], _ value: UnsafeRawBufferPointer) throws(TensorBundleError) -> Void
  ) throws(TensorBundleError) {
    let indexBlock = try block(at: footer.index)
    var index = try blockReader(indexBlock, at: footer.index)
    var previousKey: [UInt8]?
    var previousSeparator: [UInt8]?
    while let (separator, handleBytes) = try next(&index, at: footer.index) {
      var cursor = 0
      guard let handle = BlockHandle.decode(handleBytes, at: &cursor) else {
        throw TensorBundleError(
          .corruptIndex, "bad block handle in index block", path: path,
          offset: Int(footer.index.offset))
      }
      var data = try blockReader(try block(at: handle), at: handle)
      while let (key, value) = try next(&data, at: handle) {
        if let previousKey, !BytewiseComparator.less(previousKey, key) {
          throw TensorBundleError(
            .unsortedKeys, "keys are not in strictly increasing bytewise order",
            path: path, key: String(decoding: key, as: UTF8.self), offset: Int(handle.offset))
        }
        if let previousSeparator, !BytewiseComparator.less(previousSeparator, key) {
          throw TensorBundleError(
            .corruptIndex, "index key does not separate data blocks", path: path,
            key: String(decoding: key, as: UTF8.self), offset: Int(handle.offset))
        }
        try visit(key, value)
        previousKey = key
      }
      if let previousKey, BytewiseComparator.less(separator, previousKey) {
        throw TensorBundleError(
          .corruptIndex, "index key sorts before the last key of its block", path: path,
          key: String(decoding: previousKey, as: UTF8.self), offset: Int(handle.offset))
      }
      previousSeparator = separator
    }
  }

  private func blockReader(
    _ contents: UnsafeRawBufferPointer, at handle: BlockHandle
  ) throws(TensorBundleError) -> BlockReader {
    do {
      return try BlockReader(contents)
    } catch {
      throw TensorBundleError(
        .corruptIndex, "corrupt block: \(error.message)", path: path,
        offset: Int(handle.offset) + error.offset)
    }
  }

  private func next(
    _ reader: inout BlockReader, at handle: BlockHandle
  ) throws(TensorBundleError) -> BlockReader.Entry? {
    do {
      return try reader.next()
    } catch {
      throw TensorBundleError(
        .corruptIndex, "corrupt block: \(error.message)", path: path,
        offset: Int(handle.offset) + error.offset)
    }
  }
}
