// libFuzzer harness: one service file (`services/<unit>/<id>.toml`) read as svcreg reads it.
//
// Runs the strict TOML syntax checker alone, then `ServiceCodec.decode` (the canonical fast
// path, falling back to TOMLKit/toml++ behind the checker), and checks two properties the
// sources promise, trapping when either fails:
//   1. CanonicalServiceReader "must never disagree with the TOMLKit path": when it reads a file,
//      `decodeWithTOMLKit` must give an `==` service.
//   2. `encode` writes what `decode` reads back: decode(encode(s)) == s. (This found that a blank
//      range read as any version but did not survive a rewrite; blank ranges are refused now.)

import RegistryModel

@testable import RegistryStore

private let id = try! ServiceID(validating: "fuzz-service")
private let unit = try! UnitPath(validating: "pusat/fuzz")
private let filePath = "services/pusat/fuzz/fuzz-service.toml"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = UnsafeBufferPointer(start: data, count: size)
  _ = TOMLSyntaxChecker.check(bytes)

  // FileSystem reads service files as `String(decoding:as:)` too.
  let source = String(decoding: bytes, as: UTF8.self)
  let decoded = try? ServiceCodec.decode(source, id: id, unit: unit, filePath: filePath)

  var interner = ValueInterner()
  let canonical =
    source.utf8.withContiguousStorageIfAvailable { buffer in
      CanonicalServiceReader.read(buffer, id: id, unit: unit, interner: &interner)
    } ?? nil
  if let canonical {
    var slowInterner = ValueInterner()
    let slow = Result { () throws(StoreError) in
      try ServiceCodec.decodeWithTOMLKit(
        source, id: id, unit: unit, filePath: filePath, interner: &slowInterner)
    }
    guard case .success(let viaTOMLKit) = slow, viaTOMLKit == canonical else {
      fatalError("canonical reader and TOMLKit disagree:\n\(canonical)\nvs\n\(slow)")
    }
  }

  if let decoded {
    let text = ServiceCodec.encode(decoded)
    let again = Result { () throws(StoreError) in
      try ServiceCodec.decode(text, id: id, unit: unit, filePath: filePath)
    }
    guard case .success(let reread) = again, reread == decoded else {
      fatalError(
        "encode/decode round trip differs:\n\(decoded)\nencoded:\n\(text)\nread:\n\(again)")
    }
  }
  return 0
}
