import Conversion
import Files
import ResNet
import SystemPackage
import TestSupport
import Testing

@Suite("GluonCV's SHA-1 file names and release table")
struct GluonCVNameTests {
  @Test func theNameClaimsEightHexDigitsBeforeParams() {
    #expect(GluonCVName.claimedPrefix(of: "resnet101_v1d-1b2b825f.params") == "1b2b825f")
    #expect(GluonCVName.claimedPrefix(of: "resnet50_v1d-1B2B825F.params") == "1b2b825f")
    #expect(GluonCVName.claimedPrefix(of: "resnext101_64x4d-20240101.params") == "20240101")
    // Only GluonCV's own model names make the claim: a date or a private name does not.
    #expect(GluonCVName.claimedPrefix(of: "a-20240101.params") == nil)
    #expect(GluonCVName.claimedPrefix(of: "ResNet-1b2b825f.params") == nil)
    #expect(GluonCVName.claimedPrefix(of: "my_resnet50_v1d-1b2b825f.params") == nil)
    for name in [
      "resnet101_v1d.params", "resnet101_v1d-1b2b825.params", "resnet101_v1d-1b2b825g.params",
      "resnet101_v1d_1b2b825f.params", "-1b2b825f.params", "resnet101_v1d-1b2b825f.params.lz4",
      "resnet101_v1d-1b2b825f", "resnet101_v1d-01b2b825f.params.part",
    ] {
      #expect(GluonCVName.claimedPrefix(of: name) == nil, "\(name)")
    }
    #expect(GluonCVName.isHashed("a-1b2b825f.params"))
    #expect(!GluonCVName.isHashed("a-1b2b825f.params.lz4"))
  }

  @Test func checkRefusesAMismatchNamingFilePrefixAndSHA1() throws {
    let sha1 = "1b2b825feff86b0354642a4ab59f9b6e35e47338"
    try GluonCVName.check("/w/resnet101_v1d-1b2b825f.params", sha1: sha1)
    try GluonCVName.check("/w/resnet101_v1d.params", sha1: sha1)
    #expect {
      try GluonCVName.check("/w/resnet101_v1d-1b2b825e.params", sha1: sha1)
    } throws: { error in
      guard let error = error as? ConversionError else { return false }
      let text = error.description
      return error.code == .nameChecksumMismatch
        && text.contains("/w/resnet101_v1d-1b2b825e.params") && text.contains("1b2b825e")
        && text.contains(sha1)
    }
  }

  /// Real entries of GluonCV 0.10.5's table, looked up by their SHA-1.
  @Test func releaseTableFindsOfficialWeights() {
    #expect(
      GluonCVRelease.model(withSHA1: "1b2b825feff86b0354642a4ab59f9b6e35e47338") == "resnet101_v1d")
    #expect(
      GluonCVRelease.model(withSHA1: "2D9D980C990442F826F20781ED039851E78DABE3") == "resnet18_v1b")
    #expect(
      GluonCVRelease.model(withSHA1: "cf74621d988ad06c6c6aa44f5597e5b600a966cc") == "resnet152_v1s")
    #expect(GluonCVRelease.model(withSHA1: "1b2b825feff86b0354642a4ab59f9b6e35e47339") == nil)
    let fingerprint = SourceFingerprint(
      source: "/w/resnet101_v1d-1b2b825f.params", sha1: "1b2b825feff86b0354642a4ab59f9b6e35e47338")
    #expect(fingerprint.release == "resnet101_v1d")
    #expect(fingerprint.nameMatches == true)
  }

  /// Every ImageNet ResNet gluon2tf converts has its release in the table.
  @Test func releaseTableCoversEveryConvertibleResNet() {
    let names = Set(GluonCVRelease.names)
    for family in ["v1b"] {
      for depth in [18, 34, 50, 101, 152] { #expect(names.contains("resnet\(depth)_\(family)")) }
    }
    for family in ["v1c", "v1d", "v1s"] {
      for depth in [50, 101, 152] { #expect(names.contains("resnet\(depth)_\(family)")) }
    }
    #expect(names.count == GluonCVRelease.names.count, "no model twice")
  }

  /// `Converter.convert(source:to:)` hashes the source beside the conversion
  /// and refuses a name whose prefix is not its SHA-1's, publishing nothing;
  /// `nameCheck = false` converts it.
  @Test func converterRefusesAMismatchedNameBeforePublishing() throws {
    let directory = TemporaryDirectory()
    let path = directory.file("resnet18_v1b-00000000.params")
    try SampleModel.write(try ModelArchitecture(family: .v1b, depth: 18, classes: 10), to: path)
    var options = ConversionOptions(verification: nil)
    let out = directory.file("out")
    #expect {
      try Converter.convert(source: path, to: out, options: options)
    } throws: { error in
      (error as? ConversionError)?.code == .nameChecksumMismatch
    }
    #expect(try FileStatus.following(out) == nil)
    options.nameCheck = false
    let summary = try Converter.convert(source: path, to: out, options: options)
    #expect(summary.gluoncvRelease == nil)
  }
}
