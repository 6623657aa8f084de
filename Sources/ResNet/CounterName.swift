/// A parsed export/legacy name such as `resnetv1d_layers2_batchnorm4_running_mean`:
/// an optional prefix, a container scope, an operator with its creation counter, and a leaf.
struct CounterName: Sendable, Hashable {
  /// The Gluon scope the layer was created in.
  enum Container: Sendable, Hashable {
    /// The network itself (stem and head).
    case network
    /// `layersS_`: the blocks of stage S.
    case layers(Int)
    /// `downS_`: the block-0 shortcut of stage S.
    case down(Int)
    /// `stageS_`: every layer of stage S of a Gluon ResNetV1 (shortcuts included).
    case stage(Int)
  }

  /// The Gluon layer type that named the parameter.
  enum Operator: String, Sendable, Hashable {
    /// `batchnorm` is any normalisation: `groupnormK` parses as it too.
    case conv, batchnorm, dense
  }

  /// The export/legacy word of a `gluoncv.nn.GroupNorm` layer (`groupnorm0_gamma`).
  static let groupNormWord = "groupnorm"

  /// Everything before the container, with its trailing `_` (e.g. `resnetv1d_`), or empty.
  var prefix: String
  var container: Container
  var op: Operator
  /// K in `convK`: counts layers of this type within the container.
  var counter: Int
  var leaf: ParameterLeaf

  /// Parses a name with any `arg:`/`aux:` already removed; `nil` if it does not fit the pattern
  /// `[prefix_][layersS_|downS_|stageS_](conv|batchnorm|dense)K_leaf`.
  init?(_ name: String) {
    guard
      let leaf = ParameterLeaf.allCases.first(where: { name.hasSuffix("_" + $0.rawValue) })
    else { return nil }
    var tokens = name.dropLast(leaf.rawValue.count + 1)
      .split(separator: "_", omittingEmptySubsequences: false)
    guard let last = tokens.popLast() else { return nil }
    var parsed: (Operator, Int)?
    for op in [Operator.batchnorm, .conv, .dense] where last.hasPrefix(op.rawValue) {
      if let counter = DecimalIndex.parse(last.dropFirst(op.rawValue.count)) {
        parsed = (op, counter)
      }
    }
    // GluonCV's GroupNorm (`_gn` models) sits where BatchNorm sits and counts the same way:
    // it is the normalisation operator too; which kind it is, detection tells from the leaves.
    if last.hasPrefix(Self.groupNormWord),
      let counter = DecimalIndex.parse(last.dropFirst(Self.groupNormWord.count))
    {
      parsed = (.batchnorm, counter)
    }
    guard let (op, counter) = parsed else { return nil }
    var container = Container.network
    if let scope = tokens.last {
      if scope.hasPrefix("layers"), let stage = DecimalIndex.parse(scope.dropFirst(6)) {
        container = .layers(stage)
      } else if scope.hasPrefix("down"), let stage = DecimalIndex.parse(scope.dropFirst(4)) {
        container = .down(stage)
      } else if scope.hasPrefix("stage"), let stage = DecimalIndex.parse(scope.dropFirst(5)) {
        container = .stage(stage)
      }
      if container != .network { tokens.removeLast() }
    }
    guard !tokens.contains(where: \.isEmpty) else { return nil }
    self.prefix = tokens.map { "\($0)_" }.joined()
    self.container = container
    self.op = op
    self.counter = counter
    self.leaf = leaf
  }

  /// The family a GluonCV 0.10.5 prefix names: `resnetv1d_` or a counter-suffixed
  /// `resnetv1d0_` → v1d. `nil` for an empty or any other prefix.
  var prefixFamily: ResNetFamily? {
    guard prefix.hasPrefix("resnetv1"), prefix.hasSuffix("_") else { return nil }
    let rest = prefix.dropFirst("resnetv1".count).dropLast()
    guard let letter = rest.first,
      let family = ResNetFamily(rawValue: "v1" + String(letter))
    else { return nil }
    let counter = rest.dropFirst()
    guard counter.isEmpty || DecimalIndex.parse(counter) != nil else { return nil }
    return family
  }
}

extension CounterName {
  /// Whether the name lies in a Gluon model-zoo `stageS_` scope.
  var isGluonStage: Bool {
    if case .stage = container { return true }
    return false
  }
}
