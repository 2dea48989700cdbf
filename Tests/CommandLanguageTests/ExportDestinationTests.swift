import Foundation
import TestSupport
import Testing

@testable import CommandLanguage

/// `export -o` writes what is there as what it is: a device or FIFO is written to, never
/// replaced by a regular file; a symbolic link stays and its target takes the bytes.
@Suite final class ExportDestinationTests {
  let folder: TemporaryDirectory
  var session: Session

  init() throws {
    folder = try RegistryFixture.make(
      units: ["pusat/setjen"], services: ["pusat/setjen": ["a": RegistryFixture.service("A")]])
    session = try Session(options: SessionOptions(registryPath: folder.path, actor: "t"))
  }

  func fileType(_ path: String) throws -> FileAttributeType? {
    try FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType
  }

  deinit { folder.remove() }

  @Test(arguments: ["dot", "svg"])
  func aDeviceIsWrittenToAndNeverReplaced(_ ending: String) throws {
    let format = ending == "svg" ? "dot" : ending
    let result = session.execute(line: "export \(format) -o /dev/null")
    #expect(result.exitStatus == 0, "\(result.errorOutput)")
    #expect(try fileType("/dev/null") == .typeCharacterSpecial)
    // The svg path goes through Graphviz and a temporary file; the device still receives it.
    if ending == "svg" {
      let symlink = folder.file("null.svg")
      try FileManager.default.createSymbolicLink(atPath: symlink, withDestinationPath: "/dev/null")
      #expect(session.execute(line: "export dot -o \(symlink)").exitStatus == 0)
      #expect(try fileType("/dev/null") == .typeCharacterSpecial)
    }
  }

  @Test func aFullDeviceIsAnError() {
    let result = session.execute(line: "export dot -o /dev/full")
    #expect(result.exitStatus == 1)
    #expect(result.errorOutput.contains("No space left on device"))
  }

  @Test func aFIFOReceivesTheBytesAndStaysAFIFO() throws {
    let fifo = folder.file("graph.fifo")
    #expect(mkfifo(fifo, 0o600) == 0)
    nonisolated(unsafe) var received = Data()
    let reader = Thread {
      received = FileHandle(forReadingAtPath: fifo)!.readDataToEndOfFile()
    }
    reader.start()
    let result = session.execute(line: "export dot -o \(fifo)")
    #expect(result.exitStatus == 0, "\(result.errorOutput)")
    while !reader.isFinished { usleep(1_000) }
    #expect(String(decoding: received, as: UTF8.self).hasPrefix("digraph"))
    #expect(try fileType(fifo) != .typeRegular)
  }

  @Test func aSymbolicLinkStaysAndItsTargetIsReplaced() throws {
    let target = folder.file("elsewhere.dot")
    try folder.write("old\n", to: "elsewhere.dot")
    let link = folder.file("graph.dot")
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "elsewhere.dot")
    let result = session.execute(line: "export dot -o \(link)")
    #expect(result.exitStatus == 0, "\(result.errorOutput)")
    #expect(result.output.contains("written into \(folder.path)/elsewhere.dot"))
    #expect(try fileType(link) == .typeSymbolicLink)
    #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("digraph"))
  }

  @Test func aDashIsStandardOutput() {
    let result = session.execute(line: "export dot -o -")
    #expect(result.exitStatus == 0)
    #expect(result.output.hasPrefix("digraph"))
    #expect(!FileManager.default.fileExists(atPath: "-"))
  }
}
