import Dispatch

/// Long computations that Ctrl-C can abandon.
extension Session {
  /// The result of `work`, computed on another thread while this one watches for Ctrl-C;
  /// after an interrupt the prompt comes back at once and the result, when it comes, is
  /// dropped. `work` must only read the values it captured.
  func interruptibly<Result: Sendable>(
    _ work: @escaping @Sendable () -> Result
  ) throws(CommandError) -> Result {
    let done = DispatchSemaphore(value: 0)
    let box = ResultBox<Result>()
    DispatchQueue.global().async {
      box.value = work()
      done.signal()
    }
    while done.wait(timeout: .now() + .milliseconds(20)) == .timedOut {
      if interruptCheck() { throw .interrupted }
    }
    return box.value!
  }
}

/// Carries a result from the worker thread to the waiting one; the semaphore orders the two.
private final class ResultBox<Value>: @unchecked Sendable {
  var value: Value?
}
