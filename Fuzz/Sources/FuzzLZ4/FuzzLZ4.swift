// placeholder until the LZ4 target is written
