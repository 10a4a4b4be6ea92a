import Foundation
internal import CXlsxWriter
import Glibc

/// Rewrites a zip file that libxlsxwriter wrote with one entry replaced: it lists the entries,
/// reads one entry's contents, and writes the zip again with that entry's new contents stored
/// uncompressed with their CRC-32, every other entry copied byte for byte (in chunks, never read
/// whole), through a temporary file renamed over the original. The little of the zip format a
/// written workbook needs: no ZIP64 (libxlsxwriter writes none unless asked).
///
/// Owns the file it reads (a C `FILE`): `close()` it once done, whatever happened; a failed
/// `init` closes it itself.
final class ZipRewriter {
    struct Entry {
        var name: String
        /// The central directory record as read (46 bytes + name + extra + comment).
        var record: [UInt8]
        var method: UInt16
        var compressedSize: Int
        var uncompressedSize: Int
        var localOffset: Int
    }

    let path: String
    private let file: UnsafeMutablePointer<FILE>
    private(set) var entries: [Entry] = []
    private var directoryOffset = 0

    init(path: String) throws(XlsxError) {
        self.path = path
        guard let file = fopen(path, "rb") else {
            throw XlsxError(.cannotCreate, "cannot read back workbook '\(path)' (\(String(cString: strerror(errno))))")
        }
        self.file = file
        do throws(XlsxError) {
            try readDirectory()
        } catch {
            fclose(file)
            throw error
        }
    }

    /// Reads the end of central directory record and the directory it points to.
    private func readDirectory() throws(XlsxError) {
        // The end of central directory record: 22 bytes, without a comment, at the very end.
        guard fseeko(file, 0, SEEK_END) == 0 else { throw damaged("cannot be read back") }
        let size = Int(ftello(file))
        guard size >= 22, let end = read(at: size - 22, count: 22), Self.u32(end, 0) == 0x0605_4B50 else {
            throw damaged("does not end with a zip directory")
        }
        let count = Int(Self.u16(end, 10))
        let directorySize = Int(Self.u32(end, 12))
        directoryOffset = Int(Self.u32(end, 16))
        guard count != 0xFFFF, directorySize != 0xFFFF_FFFF, directoryOffset != 0xFFFF_FFFF,
              directoryOffset + directorySize <= size - 22,
              let directory = read(at: directoryOffset, count: directorySize) else {
            throw damaged("has a zip directory this program cannot read")
        }
        var offset = 0
        for _ in 0..<count {
            guard offset + 46 <= directory.count, Self.u32(directory, offset) == 0x0201_4B50 else {
                throw damaged("has a damaged zip directory")
            }
            let nameLength = Int(Self.u16(directory, offset + 28))
            let length = 46 + nameLength + Int(Self.u16(directory, offset + 30)) + Int(Self.u16(directory, offset + 32))
            guard offset + length <= directory.count else { throw damaged("has a damaged zip directory") }
            entries.append(Entry(
                name: String(decoding: directory[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self),
                record: Array(directory[offset..<(offset + length)]),
                method: Self.u16(directory, offset + 10),
                compressedSize: Int(Self.u32(directory, offset + 20)),
                uncompressedSize: Int(Self.u32(directory, offset + 24)),
                localOffset: Int(Self.u32(directory, offset + 42))
            ))
            offset += length
        }
        entries.sort { $0.localOffset < $1.localOffset }
    }

    /// Closes the file read from (its close cannot lose anything: nothing was written to it).
    func close() {
        fclose(file)
    }

    private func damaged(_ what: String) -> XlsxError {
        XlsxError(.library, "workbook '\(path)' \(what)")
    }

    private func read(at offset: Int, count: Int) -> [UInt8]? {
        guard fseeko(file, off_t(offset), SEEK_SET) == 0 else { return nil }
        var buffer = [UInt8](repeating: 0, count: count)
        let n = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, count, file) }
        return n == count ? buffer : nil
    }

    /// The local header of an entry: its time and date fields, and where its data starts.
    private func local(_ entry: Entry) throws(XlsxError) -> (timeAndDate: [UInt8], dataOffset: Int) {
        guard let header = read(at: entry.localOffset, count: 30), Self.u32(header, 0) == 0x0403_4B50 else {
            throw damaged("has a damaged entry '\(entry.name)'")
        }
        return (Array(header[10..<14]), entry.localOffset + 30 + Int(Self.u16(header, 26)) + Int(Self.u16(header, 28)))
    }

    /// An entry's uncompressed contents (stored or deflated); for a small part.
    func contents(of entry: Entry) throws(XlsxError) -> [UInt8] {
        guard let compressed = read(at: try local(entry).dataOffset, count: entry.compressedSize) else {
            throw damaged("has a damaged entry '\(entry.name)'")
        }
        if entry.method == 0 { return compressed }
        guard entry.method == 8 else { throw damaged("stores '\(entry.name)' with an unknown compression") }
        var output = [UInt8](repeating: 0, count: entry.uncompressedSize)
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw XlsxError(.library, "cannot start zlib to read '\(entry.name)'")
        }
        defer { inflateEnd(&stream) }
        let status: Int32 = compressed.withUnsafeBufferPointer { input in
            output.withUnsafeMutableBufferPointer { out in
                stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
                stream.avail_in = uInt(input.count)
                stream.next_out = out.baseAddress
                stream.avail_out = uInt(out.count)
                return inflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END, Int(stream.total_out) == entry.uncompressedSize else {
            throw damaged("has '\(entry.name)' that cannot be inflated")
        }
        return output
    }

    /// Writes the zip again with `replaced`'s contents stored as `contents`, through a
    /// temporary file beside it, then renames it over the original.
    func rewrite(replacing replaced: Entry, with contents: [UInt8]) throws(XlsxError) {
        let temporary = path + ".quote"
        // Our own name beside the staged workbook: whatever is there (a planted symbolic
        // link) is removed, and the new file is never opened through a link.
        unlink(temporary)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0, let out = fdopen(fd, "wb") else {
            let code = errno
            if fd >= 0 { _ = Glibc.close(fd) }
            throw XlsxError(.cannotCreate, "cannot write workbook '\(path)' (\(String(cString: strerror(code))))")
        }
        var closed = false
        defer {
            if !closed { fclose(out) }
            unlink(temporary)
        }
        var written = 0
        var failed = false
        func emit(_ bytes: [UInt8]) {
            if fwrite(bytes, 1, bytes.count, out) != bytes.count { failed = true }
            written += bytes.count
        }
        var directory: [UInt8] = []
        let crc = contents.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, uInt($0.count))) }
        for (index, entry) in entries.enumerated() {
            let newOffset = written
            var record = entry.record
            if entry.name == replaced.name {
                let nameBytes = Array(entry.name.utf8)
                emit(Self.le32(0x0403_4B50) + Self.le16(10) + Self.le16(0) + Self.le16(0) + (try local(entry).timeAndDate)
                     + Self.le32(crc) + Self.le32(UInt32(contents.count)) + Self.le32(UInt32(contents.count))
                     + Self.le16(UInt16(nameBytes.count)) + Self.le16(0) + nameBytes)
                emit(contents)
                Self.put16(&record, 6, 10)
                Self.put16(&record, 8, 0)
                Self.put16(&record, 10, 0)
                Self.put32(&record, 16, crc)
                Self.put32(&record, 20, UInt32(contents.count))
                Self.put32(&record, 24, UInt32(contents.count))
                // Drop the central extra field (the local one is not copied either).
                let nameEnd = 46 + Int(Self.u16(record, 28))
                let extraEnd = nameEnd + Int(Self.u16(record, 30))
                record.removeSubrange(nameEnd..<extraEnd)
                Self.put16(&record, 30, 0)
            } else {
                let next = index + 1 < entries.count ? entries[index + 1].localOffset : directoryOffset
                var offset = entry.localOffset
                while offset < next {
                    guard let chunk = read(at: offset, count: min(1 << 20, next - offset)) else {
                        throw damaged("cannot be read back")
                    }
                    emit(chunk)
                    offset += chunk.count
                }
            }
            Self.put32(&record, 42, UInt32(newOffset))
            directory += record
        }
        let directoryStart = written
        guard directoryStart <= 0xFFFF_FFFF - directory.count else {
            throw XlsxError(.library, "workbook '\(path)' would need ZIP64 to mark its text cells")
        }
        emit(directory)
        emit(Self.le32(0x0605_4B50) + Self.le16(0) + Self.le16(0) + Self.le16(UInt16(entries.count))
             + Self.le16(UInt16(entries.count)) + Self.le32(UInt32(directory.count)) + Self.le32(UInt32(directoryStart))
             + Self.le16(0))
        let synced = fflush(out) == 0 && fsync(fileno(out)) == 0
        closed = true
        guard fclose(out) == 0, synced, !failed, rename(temporary, path) == 0 else {
            throw XlsxError(.cannotCreate, "cannot write workbook '\(path)' (\(String(cString: strerror(errno))))")
        }
    }

    private static func u16(_ b: [UInt8], _ i: Int) -> UInt16 { UInt16(b[i]) | UInt16(b[i + 1]) << 8 }
    private static func u32(_ b: [UInt8], _ i: Int) -> UInt32 { UInt32(u16(b, i)) | UInt32(u16(b, i + 2)) << 16 }
    private static func le16(_ v: UInt16) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8)] }
    private static func le32(_ v: UInt32) -> [UInt8] { le16(UInt16(v & 0xFFFF)) + le16(UInt16(v >> 16)) }
    private static func put16(_ b: inout [UInt8], _ i: Int, _ v: UInt16) { b[i] = UInt8(v & 0xFF); b[i + 1] = UInt8(v >> 8) }
    private static func put32(_ b: inout [UInt8], _ i: Int, _ v: UInt32) {
        put16(&b, i, UInt16(v & 0xFFFF))
        put16(&b, i + 2, UInt16(v >> 16))
    }
}
