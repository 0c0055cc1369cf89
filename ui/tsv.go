package ui

import "strings"

// ParseTSV reads tab-separated text as Excel and Google Sheets put it on the
// clipboard: tabs separate cells, line breaks (\n, \r\n or \r) separate rows,
// and one line break at the end is dropped. A cell that holds a tab, a line
// break or a quote is written in quotes with its quotes doubled
// ("say ""hi""") and is read back as it was. A cell that merely begins with a
// quote but does not close it like that is read as typed, quote included.
func ParseTSV(text string) [][]string {
	if text == "" {
		return nil
	}
	var rows [][]string
	var row []string
	i := 0
	for {
		cell, next, end := tsvCell(text, i)
		row = append(row, cell)
		i = next
		if end {
			rows = append(rows, row)
			row = nil
			if i >= len(text) {
				break
			}
		}
	}
	return rows
}

// tsvCell reads the cell starting at byte i: its text, where the next cell
// starts, and whether the cell ends its row.
func tsvCell(text string, i int) (cell string, next int, rowEnd bool) {
	if i < len(text) && text[i] == '"' {
		if cell, after, ok := quotedCell(text, i); ok {
			next, rowEnd = skipSep(text, after)
			return cell, next, rowEnd
		}
	}
	j := i
	for j < len(text) && text[j] != '\t' && text[j] != '\n' && text[j] != '\r' {
		j++
	}
	next, rowEnd = skipSep(text, j)
	return text[i:j], next, rowEnd
}

// quotedCell reads a quoted cell starting at the quote at i. ok is false
// unless the closing quote is followed by a tab, a line break or the end.
func quotedCell(text string, i int) (cell string, next int, ok bool) {
	var b strings.Builder
	for j := i + 1; j < len(text); j++ {
		if text[j] != '"' {
			b.WriteByte(text[j])
			continue
		}
		if j+1 < len(text) && text[j+1] == '"' {
			b.WriteByte('"')
			j++
			continue
		}
		if j+1 == len(text) || strings.IndexByte("\t\r\n", text[j+1]) >= 0 {
			return b.String(), j + 1, true
		}
		return "", 0, false
	}
	return "", 0, false
}

// skipSep steps over the separator at i: a tab (the row goes on) or a line
// break or the end (the row ends).
func skipSep(text string, i int) (next int, rowEnd bool) {
	switch {
	case i >= len(text):
		return i, true
	case text[i] == '\t':
		return i + 1, false
	case text[i] == '\r' && i+1 < len(text) && text[i+1] == '\n':
		return i + 2, true
	}
	return i + 1, true // \n or \r
}

// FormatTSV writes rows as tab-separated text that Excel and Google Sheets
// paste as cells: a cell holding a tab, a line break or a quote is quoted
// with its quotes doubled, and every row ends with a line break (\r\n, as
// Excel writes it).
func FormatTSV(rows [][]string) string {
	var b strings.Builder
	for _, row := range rows {
		for j, cell := range row {
			if j > 0 {
				b.WriteByte('\t')
			}
			if strings.ContainsAny(cell, "\t\r\n\"") {
				cell = `"` + strings.ReplaceAll(cell, `"`, `""`) + `"`
			}
			b.WriteString(cell)
		}
		b.WriteString("\r\n")
	}
	return b.String()
}
