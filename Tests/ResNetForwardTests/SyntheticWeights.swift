import ResNet
import ResNetForward

/// Deterministic random weights for one architecture in MXNet layout: He-scaled uniform
/// kernels, BN gamma ∈ [0.8, 1.2], beta and mean ∈ [−0.1, 0.1], running_var ∈ [0.5, 2].
///
/// Each tensor depends only on its name and the seed, so a lazy provider and a stored one see
/// the same values.
struct SyntheticWeights: Sendable {
  let shapes: [String: [Int]]
  let seed: UInt64

  init(_ architecture: ModelArchitecture, seed: UInt64 = 42) {
    var shapes: [String: [Int]] = [:]
    for tensor in architecture.expectedTensors() { shapes[tensor.structuralName] = tensor.shape }
    self.shapes = shapes
    self.seed = seed
  }

  /// The MXNet-layout values of `name`, or nil for a name the architecture lacks.
  func values(_ name: String) -> [Float]? {
    guard let shape = shapes[name] else { return nil }
    var rng = SeededGenerator(name: name, seed: seed)
    let count = shape.reduce(1, *)
    if name.hasSuffix(".weight") {
      let fanIn = shape.dropFirst().reduce(1, *)
      let bound = (6 / Float(fanIn)).squareRoot()
      return rng.uniform(count: count, -bound, bound)
    }
    if name.hasSuffix(".gamma") { return rng.uniform(count: count, 0.8, 1.2) }
    if name.hasSuffix(".running_var") { return rng.uniform(count: count, 0.5, 2) }
    return rng.uniform(count: count, -0.1, 0.1)
  }

  /// `values` rearranged for a pass of `layout` (HWIO / (in, out) for `.nhwc`), unless `name`
  /// is in `untransposed`: then the MXNet order is handed out under the TF shape — the
  /// conversion bug the whole-network test must catch.
  func values(_ name: String, for layout: ActivationLayout, untransposed: Set<String> = [])
    -> [Float]?
  {
    guard let values = values(name), let shape = shapes[name] else { return nil }
    guard layout == .nhwc, !untransposed.contains(name) else { return values }
    switch shape.count {
    case 4: return ReferenceMath.hwio(values, shape: shape)
    case 2: return ReferenceMath.transposed(values, rows: shape[0], columns: shape[1])
    default: return values
    }
  }
}

/// The error a test provider throws for a name it does not hold.
struct UnknownWeight: Error { let name: String }

/// Generates every tensor when asked and drops it after `body`: the provider of the memory
/// test, whose footprint is one tensor at a time.
struct LazyWeights: WeightProvider {
  let weights: SyntheticWeights
  let layout: ActivationLayout

  func withWeights<R>(
    _ structuralName: String, _ body: (UnsafeBufferPointer<Float>) throws -> R
  ) throws -> R {
    guard let values = weights.values(structuralName, for: layout) else {
      throw UnknownWeight(name: structuralName)
    }
    return try values.withUnsafeBufferPointer(body)
  }
}

/// Holds every tensor of one layout in memory (generated once, shared by several inputs).
final class StoredWeights: WeightProvider {
  private let tensors: [String: [Float]]
  /// Names handed out, in request order.
  private(set) var requested: [String] = []

  init(_ weights: SyntheticWeights, layout: ActivationLayout, untransposed: Set<String> = []) {
    var tensors: [String: [Float]] = [:]
    for name in weights.shapes.keys {
      tensors[name] = weights.values(name, for: layout, untransposed: untransposed)
    }
    self.tensors = tensors
  }

  func withWeights<R>(
    _ structuralName: String, _ body: (UnsafeBufferPointer<Float>) throws -> R
  ) throws -> R {
    guard let values = tensors[structuralName] else { throw UnknownWeight(name: structuralName) }
    requested.append(structuralName)
    return try values.withUnsafeBufferPointer(body)
  }
}
