#ifndef GLUON2TF_CFUZZDRIVER_H
#define GLUON2TF_CFUZZDRIVER_H

/// Runs libFuzzer with the executable's LLVMFuzzerTestOneInput. SwiftPM links
/// an executable target's entry point as `<Target>_main`, which each fuzz target
/// defines to call this, instead of libFuzzer's own `main`.
int g2t_fuzz_main(int argc, char **argv);

#endif
