import ParleyModel

/// Bookmarks: `b` marks the passage in focus (with a note typed in a prompt), `B` lists them,
/// Enter opens one, `x` deletes one there; each change is handed to the backend to keep.
extension AppState {
    mutating func startBookmark() {
        if let problem = bookmarksProblem {
            message = "cannot bookmark: \(problem)"
            return
        }
        guard let (d, span) = focusedPassage else {
            message = "nothing to bookmark here: open or select a passage"
            return
        }
        let passage = AnchoredSpan(span, in: corpus.documents[d])
        guard !bookmarks.contains(where: { $0.passage.span == passage.span && $0.passage.quote == passage.quote }) else {
            message = "already bookmarked: B lists the bookmarks"
            return
        }
        resetPrompt()
        namingText = ""
        mode = .bookmarkNote(passage)
    }

    mutating func addBookmark(_ passage: AnchoredSpan) {
        let note = namingText.trimmingCharacters(in: .whitespaces)
        bookmarks.append(Bookmark(passage: passage, note: note.isEmpty ? nil : note))
        bookmarksToSave = bookmarks
        message = "bookmarked “\(passage.quote)” · B lists the bookmarks"
    }

    mutating func showBookmarks() {
        guard openInViewer(.bookmarks) else { return }
        if bookmarks.isEmpty { message = "no bookmarks yet: b on a passage makes one" }
    }

    /// The bookmarks found in the corpus as it is now, in order, with their places: the items
    /// of the bookmarks view. Those not found (orphans) are listed after them, as no item.
    var locatedBookmarks: [(index: Int, document: Int, span: TextSpan)] {
        bookmarks.indices.compactMap { i in
            guard let span = bookmarks[i].locate(in: corpus).span, let d = corpus.documentIndex(of: span.document) else { return nil }
            return (i, d, span)
        }
    }

    /// `x` in the bookmarks view: the selected bookmark goes.
    mutating func deleteSelectedBookmark() {
        if let problem = bookmarksProblem {
            message = "cannot delete a bookmark: \(problem)"
            return
        }
        let found = locatedBookmarks
        guard found.indices.contains(panes.viewer.cursor) else { return }
        let gone = bookmarks.remove(at: found[panes.viewer.cursor].index)
        bookmarksToSave = bookmarks
        panes.viewer.cursor = max(0, min(panes.viewer.cursor, found.count - 2))
        message = "bookmark deleted: “\(gone.passage.quote)”"
    }
}
