public import Files
public import SystemPackage

/// The `checkpoint` file next to a checkpoint: a text-format `CheckpointState`
/// proto naming the latest checkpoint (docs/checkpoint-format.md §1.1):
///
///     model_checkpoint_path: "model.ckpt"
///     all_model_checkpoint_paths: "model.ckpt"
///
/// Paths are relative to the directory, as `tf.train.Checkpoint` writes them.
public struct CheckpointStateFile: Sendable, Hashable {
  public var modelCheckpointPath: String
  public var allModelCheckpointPaths: [String]

  public init(modelCheckpointPath: String, allModelCheckpointPaths: [String]? = nil) {
    self.modelCheckpointPath = modelCheckpointPath
    self.allModelCheckpointPaths = allModelCheckpointPaths ?? [modelCheckpointPath]
  }

  /// The file's text.
  public var text: String {
    var text = "model_checkpoint_path: \(Self.quoted(modelCheckpointPath))\n"
    for path in allModelCheckpointPaths {
      text += "all_model_checkpoint_paths: \(Self.quoted(path))\n"
    }
    return text
  }

  /// Writes `directory/checkpoint` atomically (temporary name, fsync, rename)
  /// and syncs the directory.
  public func write(directory: FilePath) throws(TensorBundleError) {
    do {
      try write(into: try Directory(opening: directory))
    } catch let error as FileSystemError {
      throw TensorBundleError(error, defaultPath: directory)
    } catch {
      throw TensorBundleError(.systemCall, "\(error)", path: directory)
    }
  }

  /// Writes `checkpoint` in the open `directory` atomically and syncs the directory.
  public func write(into directory: Directory) throws(TensorBundleError) {
    let path = BundleFileNames.checkpointState(directory: directory.path)
    do {
      try directory.writeAtomically(Array(text.utf8), as: "checkpoint", replacing: true)
      try directory.sync()
    } catch let error as FileSystemError {
      throw TensorBundleError(error, defaultPath: path)
    } catch let error as SystemCallError {
      throw TensorBundleError(error)
    } catch {
      throw TensorBundleError(.systemCall, "\(error)", path: path)
    }
  }

  /// A text-format string literal: double quotes, C escapes for quotes,
  /// backslashes and control bytes; other UTF-8 bytes as they are.
  static func quoted(_ string: String) -> String {
    var bytes: [UInt8] = [UInt8(ascii: "\"")]
    for byte in string.utf8 {
      switch byte {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), byte]
      case UInt8(ascii: "\n"): bytes += Array("\\n".utf8)
      case UInt8(ascii: "\r"): bytes += Array("\\r".utf8)
      case UInt8(ascii: "\t"): bytes += Array("\\t".utf8)
      case 0..<0x20, 0x7F:
        bytes.append(UInt8(ascii: "\\"))
        for shift: UInt8 in [6, 3, 0] { bytes.append(UInt8(ascii: "0") + ((byte >> shift) & 7)) }
      default: bytes.append(byte)
      }
    }
    bytes.append(UInt8(ascii: "\""))
    return String(decoding: bytes, as: UTF8.self)
  }
}
