import Foundation

/// Polls `condition` every 50 ms until it holds or `timeout` passes;
/// returns whether it held.
func eventually(
  timeout: Duration = .seconds(120), _ condition: () throws -> Bool
) async rethrows -> Bool {
  let deadline = ContinuousClock.now + timeout
  while ContinuousClock.now < deadline {
    if try condition() { return true }
    try? await Task.sleep(for: .milliseconds(50))
  }
  return try condition()
}

/// Runs a tool (`cp`, `mv`, `ln`) and returns its exit status.
@discardableResult
func runTool(_ path: String, _ arguments: [String]) throws -> Int32 {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: path)
  process.arguments = arguments
  try process.run()
  process.waitUntilExit()
  return process.terminationStatus
}
