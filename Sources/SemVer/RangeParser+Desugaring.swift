extension RangeParser {
  /// The lowest prerelease, `-0`, which node appends to bounds that must exclude prereleases.
  private static let lowest: [PrereleaseIdentifier] = [.numeric(0)]

  /// Appends the comparators `operation partial` stands for, as node-semver's `parseComparator`.
  func desugar(
    _ operation: RangeOperator,
    _ partial: PartialVersion,
    into comparators: inout [Comparator]
  ) throws(ParseFailure) {
    switch operation {
    case .caret: try desugarCaret(partial, into: &comparators)
    case .tilde: try desugarTilde(partial, into: &comparators)
    case .none: try desugarXRange(nil, partial, into: &comparators)
    case .equal: try desugarXRange(.equal, partial, into: &comparators)
    case .less: try desugarXRange(.less, partial, into: &comparators)
    case .lessOrEqual: try desugarXRange(.lessOrEqual, partial, into: &comparators)
    case .greater: try desugarXRange(.greater, partial, into: &comparators)
    case .greaterOrEqual: try desugarXRange(.greaterOrEqual, partial, into: &comparators)
    }
  }

  /// `^1.2.3` is `>=1.2.3 <2.0.0-0`; `^0.2.3` is `>=0.2.3 <0.3.0-0`; `^0.0.3` is
  /// `>=0.0.3 <0.0.4-0`; `^1.x` is `>=1.0.0 <2.0.0-0`; `^*` is any version.
  private func desugarCaret(
    _ partial: PartialVersion,
    into comparators: inout [Comparator]
  ) throws(ParseFailure) {
    guard let major = partial.majorNumber else { return }
    let floor = includePrerelease ? Self.lowest : []
    guard let minor = partial.minorNumber else {
      emit(.greaterOrEqual, Version(major, 0, 0, prerelease: floor), into: &comparators)
      let next = try successor(of: major, at: partial.majorOffset)
      emit(.less, Version(next, 0, 0, prerelease: Self.lowest), into: &comparators)
      return
    }
    guard let patch = partial.patchNumber else {
      emit(.greaterOrEqual, Version(major, minor, 0, prerelease: floor), into: &comparators)
      let upper =
        major == 0
        ? Version(0, try successor(of: minor, at: partial.minorOffset), 0)
        : Version(try successor(of: major, at: partial.majorOffset), 0, 0)
      emit(.less, withLowestPrerelease(upper), into: &comparators)
      return
    }
    // node appends no `-0` floor here, even with includePrerelease (its fixtures pin this).
    let lower = Version(major, minor, patch, prerelease: partial.prerelease)
    emit(.greaterOrEqual, lower, into: &comparators)
    let upper: Version
    if major != 0 {
      upper = Version(try successor(of: major, at: partial.majorOffset), 0, 0)
    } else if minor != 0 {
      upper = Version(0, try successor(of: minor, at: partial.minorOffset), 0)
    } else {
      upper = Version(0, 0, try successor(of: patch, at: partial.patchOffset))
    }
    emit(.less, withLowestPrerelease(upper), into: &comparators)
  }

  /// `~1.2.3` is `>=1.2.3 <1.3.0-0`; `~1.2` is `>=1.2.0 <1.3.0-0`; `~1` is `>=1.0.0 <2.0.0-0`.
  private func desugarTilde(
    _ partial: PartialVersion,
    into comparators: inout [Comparator]
  ) throws(ParseFailure) {
    guard let major = partial.majorNumber else { return }
    let floor = includePrerelease ? Self.lowest : []
    guard let minor = partial.minorNumber else {
      emit(.greaterOrEqual, Version(major, 0, 0, prerelease: floor), into: &comparators)
      let next = try successor(of: major, at: partial.majorOffset)
      emit(.less, Version(next, 0, 0, prerelease: Self.lowest), into: &comparators)
      return
    }
    let lower =
      partial.patchNumber.map { Version(major, minor, $0, prerelease: partial.prerelease) }
      ?? Version(major, minor, 0, prerelease: floor)
    emit(.greaterOrEqual, lower, into: &comparators)
    let next = try successor(of: minor, at: partial.minorOffset)
    emit(.less, Version(major, next, 0, prerelease: Self.lowest), into: &comparators)
  }

  /// Plain comparators and x-ranges: `1.2.x` is `>=1.2.0 <1.3.0-0`, `>1.2` is `>=1.3.0`,
  /// `<=1` is `<2.0.0-0`, `>x` matches nothing, and a full version stays as written.
  private func desugarXRange(
    _ written: Comparator.Operation?,
    _ partial: PartialVersion,
    into comparators: inout [Comparator]
  ) throws(ParseFailure) {
    guard let major = partial.majorNumber else {
      if written == .greater || written == .less {
        emit(.less, Version(0, 0, 0, prerelease: Self.lowest), into: &comparators)
      }
      return
    }
    let floor = includePrerelease ? Self.lowest : []
    guard let minor = partial.minorNumber else {
      guard let operation = written, operation != .equal else {
        emit(.greaterOrEqual, Version(major, 0, 0, prerelease: floor), into: &comparators)
        let next = try successor(of: major, at: partial.majorOffset)
        emit(.less, Version(next, 0, 0, prerelease: Self.lowest), into: &comparators)
        return
      }
      switch operation {
      case .greater:
        let next = try successor(of: major, at: partial.majorOffset)
        emit(.greaterOrEqual, Version(next, 0, 0, prerelease: floor), into: &comparators)
      case .lessOrEqual:
        let next = try successor(of: major, at: partial.majorOffset)
        emit(.less, Version(next, 0, 0, prerelease: Self.lowest), into: &comparators)
      case .less:
        emit(.less, Version(major, 0, 0, prerelease: Self.lowest), into: &comparators)
      default:
        emit(operation, Version(major, 0, 0, prerelease: floor), into: &comparators)
      }
      return
    }
    guard let patch = partial.patchNumber else {
      guard let operation = written, operation != .equal else {
        emit(.greaterOrEqual, Version(major, minor, 0, prerelease: floor), into: &comparators)
        let next = try successor(of: minor, at: partial.minorOffset)
        emit(.less, Version(major, next, 0, prerelease: Self.lowest), into: &comparators)
        return
      }
      switch operation {
      case .greater:
        let next = try successor(of: minor, at: partial.minorOffset)
        emit(.greaterOrEqual, Version(major, next, 0, prerelease: floor), into: &comparators)
      case .lessOrEqual:
        let next = try successor(of: minor, at: partial.minorOffset)
        emit(.less, Version(major, next, 0, prerelease: Self.lowest), into: &comparators)
      case .less:
        emit(.less, Version(major, minor, 0, prerelease: Self.lowest), into: &comparators)
      default:
        emit(operation, Version(major, minor, 0, prerelease: floor), into: &comparators)
      }
      return
    }
    let exact = Version(major, minor, patch, prerelease: partial.prerelease)
    emit(written ?? .equal, exact, verbatim: partial.hasPrefix, into: &comparators)
  }

  /// `1.2.3 - 2.3.4` is `>=1.2.3 <=2.3.4`; a partial upper end such as `2.3` becomes
  /// `<2.4.0-0`; a wildcard end is unbounded.
  func desugarHyphen(
    _ from: PartialVersion,
    _ to: PartialVersion,
    into comparators: inout [Comparator]
  ) throws(ParseFailure) {
    let floor = includePrerelease ? Self.lowest : []
    if let major = from.majorNumber {
      if let minor = from.minorNumber {
        if let patch = from.patchNumber {
          let lower = Version(
            major,
            minor,
            patch,
            prerelease: from.prerelease.isEmpty ? floor : from.prerelease
          )
          emit(.greaterOrEqual, lower, verbatim: from.hasPrefix, into: &comparators)
        } else {
          emit(.greaterOrEqual, Version(major, minor, 0, prerelease: floor), into: &comparators)
        }
      } else {
        emit(.greaterOrEqual, Version(major, 0, 0, prerelease: floor), into: &comparators)
      }
    }
    guard let major = to.majorNumber else { return }
    guard let minor = to.minorNumber else {
      let next = try successor(of: major, at: to.majorOffset)
      emit(.less, Version(next, 0, 0, prerelease: Self.lowest), into: &comparators)
      return
    }
    guard let patch = to.patchNumber else {
      let next = try successor(of: minor, at: to.minorOffset)
      emit(.less, Version(major, next, 0, prerelease: Self.lowest), into: &comparators)
      return
    }
    if !to.prerelease.isEmpty {
      let upper = Version(major, minor, patch, prerelease: to.prerelease)
      emit(.lessOrEqual, upper, into: &comparators)
    } else if includePrerelease {
      let next = try successor(of: patch, at: to.patchOffset)
      emit(.less, Version(major, minor, next, prerelease: Self.lowest), into: &comparators)
    } else {
      emit(.lessOrEqual, Version(major, minor, patch), into: &comparators)
    }
  }

  /// Appends a comparator, dropping `>=0.0.0` (or `>=0.0.0-0` with prereleases) as node does.
  ///
  /// node matches that text, so a bound written with a `v` (`verbatim`) is kept.
  private func emit(
    _ operation: Comparator.Operation,
    _ version: Version,
    verbatim hasPrefix: Bool = false,
    into comparators: inout [Comparator]
  ) {
    let isZero = version.major == 0 && version.minor == 0 && version.patch == 0
    let floor = includePrerelease ? Self.lowest : []
    if operation == .greaterOrEqual, !hasPrefix, isZero, version.prerelease == floor { return }
    comparators.append(Comparator(operation: operation, version: version))
  }

  /// `version` with the `-0` prerelease that keeps an upper bound's prereleases out.
  private func withLowestPrerelease(_ version: Version) -> Version {
    Version(version.major, version.minor, version.patch, prerelease: Self.lowest)
  }

  /// `number + 1`, which must stay within node's largest version number.
  private func successor(of number: UInt64, at offset: Int) throws(ParseFailure) -> UInt64 {
    guard number < NodeLimits.maxSafeInteger else {
      throw ParseFailure(
        offset: offset,
        reason: "\(number) is too big here: the range's bound would need \(number) + 1, above "
          + "\(NodeLimits.maxSafeInteger), the largest version number allowed"
      )
    }
    return number + 1
  }
}
