// swift-tools-version: 6.1
// libFuzzer targets for every format gluon2tf reads. Built separately from the
// main package because `-sanitize=fuzzer` links libFuzzer's own `main`:
//   scripts/fuzz.sh [seconds]
import PackageDescription

let fuzzer: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]
let system: Target.Dependency = .product(name: "SystemPackage", package: "swift-system")

let package = Package(
  name: "gluon2tf-fuzz",
  dependencies: [
    .package(name: "gluon2tf", path: ".."),
    .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
  ],
  targets: [
    .target(name: "CFuzzDriver"),
    .target(name: "FuzzSupport", dependencies: ["CFuzzDriver", system]),
    .executableTarget(
      name: "FuzzParams",
      dependencies: ["FuzzSupport", .product(name: "MMapIO", package: "gluon2tf"), system],
      swiftSettings: fuzzer),
    .executableTarget(
      name: "FuzzBundleIndex",
      dependencies: [
        "FuzzSupport", .product(name: "TensorBundle", package: "gluon2tf"),
        .product(name: "MMapIO", package: "gluon2tf"), system,
      ],
      swiftSettings: fuzzer),
    .executableTarget(
      name: "FuzzLZ4",
      dependencies: ["FuzzSupport", .product(name: "MMapIO", package: "gluon2tf"), system],
      swiftSettings: fuzzer),
  ],
  swiftLanguageModes: [.v6]
)
