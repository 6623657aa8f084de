// swift-tools-version: 6.1
import PackageDescription

let strict: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
  name: "gluon2tf",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "gluon2tf", targets: ["gluon2tf"]),
    .library(name: "Conversion", targets: ["Conversion"]),
    // Exposed for the fuzzing package in Fuzz/, which links the real parsers.
    .library(name: "MMapIO", targets: ["MMapIO"]),
    .library(name: "TensorBundle", targets: ["TensorBundle"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
    // No default traits: BinaryDelimitedStreams imports all of Foundation (ICU
    // included), which would add ~10 MiB to a process that must stay under 32 MiB.
    .package(url: "https://github.com/apple/swift-protobuf", from: "1.39.0", traits: []),
    .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
  ],
  targets: [
    // MARK: C libraries and shims
    .systemLibrary(name: "CLZ4", pkgConfig: "liblz4", providers: [.apt(["liblz4-dev"])]),
    // XXH32 for LZ4 content checksums, checked on a thread of their own (LZ4FrameDecoder).
    .systemLibrary(name: "CXXHash", pkgConfig: "libxxhash", providers: [.apt(["libxxhash-dev"])]),
    // Header only (no pkgConfig: its -lopenblas would link what ResNet dlopens on demand).
    .systemLibrary(name: "COpenBLAS", providers: [.apt(["libopenblas-dev"])]),
    .systemLibrary(name: "CISAL", pkgConfig: "libisal", providers: [.apt(["libisal-dev"])]),
    // SHA-256 and SHA-1 through libcrypto's EVP interface.
    .systemLibrary(name: "CCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
    // Linux calls that Swift's Glibc module does not export.
    .target(name: "CLinux"),
    // SIGBUS guard for mapped files that another process truncates.
    .target(name: "CMappingGuard"),
    // SIMD layout kernels (AVX2 with a portable fallback, chosen at run time).
    .target(name: "CKernels", cSettings: [.unsafeFlags(["-O3"])]),

    // MARK: Swift modules, lowest layer first
    // Every file-system effect: mapped and output files, directories, atomic
    // writes, tree removal, renameat2, flock, staging and publishing.
    .target(
      name: "Files",
      dependencies: [
        "CLinux", "CMappingGuard", .product(name: "SystemPackage", package: "swift-system"),
      ],
      swiftSettings: strict
    ),
    // File digests (SHA-256 and SHA-1 in one read pass) through libcrypto.
    // Detached POSIX threads and their completion signals.
    .target(name: "Threads", swiftSettings: strict),
    .target(
      name: "Digests",
      dependencies: [
        "Files", "CCrypto", "Threads", .product(name: "SystemPackage", package: "swift-system"),
      ],
      swiftSettings: strict
    ),
    .target(
      name: "MMapIO",
      dependencies: [
        "Files", "CLZ4", "CXXHash",
        .product(name: "SystemPackage", package: "swift-system"),
      ],
      swiftSettings: strict
    ),
    .target(
      name: "TensorBundle",
      dependencies: [
        "Files", "CISAL", "CLinux",
        .product(name: "SwiftProtobuf", package: "swift-protobuf"),
        .product(name: "SystemPackage", package: "swift-system"),
      ],
      swiftSettings: strict
    ),
    .target(
      name: "Streams",
      dependencies: ["MMapIO", "TensorBundle", "CKernels"],
      swiftSettings: strict + [.unsafeFlags(["-Ounchecked"])]
    ),
    // Name analysis: untrusted names and shapes in, a NetworkPlan out. Checked arithmetic.
    .target(name: "ResNet", swiftSettings: strict),
    // The numeric kernels of the layer-by-layer forward pass, compiled unchecked for speed;
    // every index they use was validated against the plan before they run.
    .target(
      name: "ResNetForward", dependencies: ["ResNet", "COpenBLAS", "CKernels"],
      swiftSettings: strict + [.unsafeFlags(["-Ounchecked"])]),
    .target(
      name: "Conversion",
      dependencies: [
        "Files", "Digests", "MMapIO", "Streams", "TensorBundle", "ResNet", "ResNetForward",
        "CKernels", "Threads",
        .product(name: "SystemPackage", package: "swift-system"),
      ],
      swiftSettings: strict
    ),
    // The drop-folder daemon (`gluon2tf watch`).
    .target(
      name: "watchd",
      dependencies: [
        "Files", "Conversion", "Digests", "MMapIO", "CLinux",
        .product(name: "Logging", package: "swift-log"),
        .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        .product(name: "UnixSignals", package: "swift-service-lifecycle"),
        .product(name: "SystemPackage", package: "swift-system"),
      ],
      swiftSettings: strict
    ),
    // The command line: convert, verify, inspect, watch, demo.
    .executableTarget(
      name: "gluon2tf",
      dependencies: [
        "Files", "Conversion", "Digests", "watchd", "MMapIO", "ResNet", "TensorBundle",
        .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "SystemPackage", package: "swift-system"),
      ],
      swiftSettings: strict
    ),

    // MARK: Tests mirror the sources
    .target(
      name: "TestSupport",
      dependencies: ["MMapIO", .product(name: "SystemPackage", package: "swift-system")],
      path: "Tests/TestSupport",
      swiftSettings: strict
    ),
    // A seeded, replayable property check of the file-system invariant (run by
    // FilesTests/PropertyTests.swift under `unshare --mount`).
    .executableTarget(
      name: "fs-property",
      dependencies: [
        "Files", "Conversion", "watchd", "TensorBundle", "TestSupport",
        .product(name: "Logging", package: "swift-log"),
        .product(name: "SystemPackage", package: "swift-system"),
      ],
      path: "Tests/PropertyCheck", swiftSettings: strict),
    .testTarget(
      name: "FilesTests", dependencies: ["Files", "TestSupport"], swiftSettings: strict),
    .testTarget(name: "ThreadsTests", dependencies: ["Threads"], swiftSettings: strict),
    .testTarget(
      name: "DigestsTests", dependencies: ["Digests", "Files", "TestSupport"],
      swiftSettings: strict),
    .testTarget(
      name: "MMapIOTests", dependencies: ["MMapIO", "Files", "TestSupport"], swiftSettings: strict),
    .testTarget(
      name: "TensorBundleTests", dependencies: ["TensorBundle", "Files"], swiftSettings: strict),
    .testTarget(
      name: "StreamsTests", dependencies: ["Streams", "MMapIO", "TensorBundle"],
      swiftSettings: strict),
    .testTarget(name: "ResNetTests", dependencies: ["ResNet"], swiftSettings: strict),
    .testTarget(
      name: "ResNetForwardTests", dependencies: ["ResNet", "ResNetForward"], swiftSettings: strict),
    .testTarget(
      name: "ConversionTests",
      dependencies: ["Conversion", "Files", "MMapIO", "TensorBundle", "ResNet", "TestSupport"],
      swiftSettings: strict
    ),
    .testTarget(
      name: "WatchdTests",
      dependencies: ["watchd", "Files", "Conversion", "Digests", "MMapIO", "TestSupport"],
      swiftSettings: strict),
    .testTarget(
      name: "CLITests", dependencies: ["TestSupport", "Conversion", "ResNet", "MMapIO"],
      swiftSettings: strict),
  ],
  swiftLanguageModes: [.v6]
)
