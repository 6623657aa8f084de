import ArgumentParser

/// The `gluon2tf` command: converts GluonCV ResNet weights into TensorFlow checkpoints.
@main
struct Gluon2TF: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "gluon2tf",
    abstract: "Convert GluonCV ResNet weights (.params) into TensorFlow V2 checkpoints.",
    discussion: """
      gluon2tf reads an MXNet/GluonCV `.params` file through mmap and streams each
      tensor through its layout change (conv OIHW→HWIO, dense (out,in)→(in,out))
      into a sharded TensorFlow checkpoint with the variable names of the original
      gluon2TF project (`resnet101_v1d/C1/conv0/BatchNorm/beta`, …). It needs
      neither MXNet nor TensorFlow.

      Supported: resnet{18,34,50,101,152}_v1{,b,c,d,e,s} (their pruned variants too:
      widths come from the tensor shapes), the pre-activation
      resnet{18,34,50,101,152}_v2, resnext50_32x4d, resnext101_32x4d,
      resnext101_64x4d, resnext101e_64x4d, and the squeeze-and-excitation
      se_resnet{18,34,50,101,152}_v1, se_resnet{18,34,50,101,152}_v2 and se_ + each
      ResNeXt, the ResNeSts resnest{14,26,50,101,200,269}, and the GroupNorm
      resnet50_v1b_gn and resnet101_v1b_gn, in save_parameters(), export() or legacy
      naming.
      """,
    subcommands: [
      ConvertCommand.self, VerifyCommand.self, InspectCommand.self, WatchCommand.self,
      DemoCommand.self, DigestCommand.self,
    ]
  )
}
