import RegistryModel
import RegistryStore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `edit ID`: the service's file in the user's editor; what is saved is read as the store
/// reads files, and lands as one journalled change (or joins the open batch). A file that does
/// not parse is reported at its line and column and, on a terminal, offered for editing again;
/// nothing is written until it parses. A service whose file is broken can be repaired this way.
struct EditCommand: Command {
  static let name = "edit"
  // The editor has the terminal.
  static let showsProgress = false
  /// The service.
  var id: ServiceID

  init(parsing invocation: Invocation) throws(CommandError) {
    id = try invocation.required(0, as: ServiceID.self)
  }

  func run(in session: inout Session) throws(CommandError) -> ChangeOutcome {
    let store = try session.openStore()
    if let revision = session.options.revision { throw .store(.pastRevision(revision)) }
    let original = session.registrySnapshot.services[id]
    let unit: UnitPath
    let start: String
    if let original {
      unit = original.unit
      start = RegistryStore.fileText(of: original)
    } else if let broken = store.brokenFile(for: id),
      let brokenUnit = RegistryStore.unit(ofServiceFile: broken.relativePath)
    {
      unit = brokenUnit
      start = String(
        decoding: try Session.readFile(store.displayPath(broken.relativePath)), as: UTF8.self)
    } else {
      throw .model(.unknownService(id))
    }

    let draft = try Draft(id: id, text: start)
    let editor = TextEditor(session.options.editor)
    var edited: Service
    while true {
      try editor.edit(draft.path)
      // A Ctrl-C meant for the editor is not one for the command that follows.
      _ = session.interruptCheck()
      let text = try draft.text()
      if text == start {
        draft.remove()
        return ChangeOutcome(
          command: Self.name, change: .edited(id, changed: false), ids: [],
          inBatch: session.isInBatch)
      }
      do throws(StoreError) {
        edited = try RegistryStore.service(
          fromFileText: text, id: id, unit: unit, displayPath: draft.path)
        break
      } catch {
        guard session.options.asksQuestions else {
          throw .failed(
            "\(error.description)\nnothing was written; your text is kept in \(draft.path)")
        }
        writeToStandardError(session.render(.store(error)).errorOutput)
        guard TerminalQuestion.ask("edit it again?", defaultAnswer: true) else {
          throw .failed("nothing was written; your text is kept in \(draft.path)")
        }
      }
    }
    if edited == original {
      draft.remove()
      return ChangeOutcome(
        command: Self.name, change: .edited(id, changed: false), ids: [], inBatch: session.isInBatch
      )
    }
    let before = session.reportsLockDelta ? session.lockFindings(in: session.registrySnapshot) : nil
    let replacement = edited
    let path = draft.path
    try session.applyChange { [id] (registry, _) throws(CommandError) in
      // Another writer may have changed it while the editor was open: their change wins, and
      // this edit is kept for the user to apply again.
      guard registry.services[id] == original else {
        throw .failed(
          "service '\(id)' changed while it was being edited; nothing was written; your text "
            + "is kept in \(path): run 'edit \(id)' again and copy your change in")
      }
      registry.services[id] = replacement
      return RegistryChanges(services: [id])
    }
    draft.remove()
    return ChangeOutcome(
      command: Self.name, change: .edited(id, changed: true), ids: [id],
      inBatch: session.isInBatch,
      lockDelta: before.flatMap {
        LockDelta(from: $0, to: session.lockFindings(in: session.registrySnapshot))
      })
  }
}

/// The copy of a service file the editor works on: `ID.toml` (so editors colour it as TOML)
/// in a folder of its own under `$TMPDIR`, removed once its text has landed.
private struct Draft {
  /// The file's path.
  let path: String
  private let folder: String

  /// Writes `text` to a new draft of service `id`.
  init(id: ServiceID, text: String) throws(CommandError) {
    let base = getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 }
    var template = Array("\(base ?? "/tmp")/svcreg-edit-XXXXXX".utf8CString)
    guard let made = mkdtemp(&template) else {
      throw .failed("cannot make a folder for the edited file: \(String(cString: strerror(errno)))")
    }
    folder = String(cString: made)
    path = "\(folder)/\(id.rawValue).toml"
    guard let handle = fopen(path, "wb") else {
      throw .failed("cannot write '\(path)': \(String(cString: strerror(errno)))")
    }
    let bytes = Array(text.utf8)
    let written = fwrite(bytes, 1, bytes.count, handle)
    let closed = fclose(handle)
    guard written == bytes.count, closed == 0 else {
      throw .failed("cannot write '\(path)': \(String(cString: strerror(errno)))")
    }
  }

  /// What the file holds now.
  func text() throws(CommandError) -> String {
    String(decoding: try Session.readFile(path), as: UTF8.self)
  }

  /// Removes the draft and its folder.
  func remove() {
    unlink(path)
    rmdir(folder)
  }
}

/// Writes `text` to standard error straight away, before a question is asked.
private func writeToStandardError(_ text: String) {
  var bytes = Array(text.utf8)[...]
  while !bytes.isEmpty {
    let count = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    if count < 0 && errno == EINTR { continue }
    if count <= 0 { return }
    bytes = bytes.dropFirst(count)
  }
}
