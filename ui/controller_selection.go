package ui

// Block is a rectangle of grid cells: rows Top..Bottom and columns
// Left..Right, all inclusive. Section headings inside it hold no values and
// are left out of what it copies.
type Block struct{ Top, Left, Bottom, Right int }

// Contains reports whether cell lies inside the block.
func (b Block) Contains(cell Cell) bool {
	return cell.Row >= b.Top && cell.Row <= b.Bottom && cell.Col >= b.Left && cell.Col <= b.Right
}

// Single reports whether the block is one cell.
func (b Block) Single() bool { return b.Top == b.Bottom && b.Left == b.Right }

// Selected returns the selected block: from the anchor, where the selection
// began, to the active cell.
func (c *Controller) Selected() Block {
	return Block{
		Top: min(c.anchor.Row, c.sel.Row), Bottom: max(c.anchor.Row, c.sel.Row),
		Left: min(c.anchor.Col, c.sel.Col), Right: max(c.anchor.Col, c.sel.Col),
	}
}

// InSelection reports whether cell is inside the selected block.
func (c *Controller) InSelection(cell Cell) bool { return c.Selected().Contains(cell) }

// Extend moves the active cell to cell and keeps the anchor where it is, so
// that the block between them is selected (Shift+click). It reports whether
// cell could be selected.
func (c *Controller) Extend(cell Cell) bool {
	if cell.Col == 0 {
		cell.Col = 1
	}
	if !c.Selectable(cell) {
		return false
	}
	if c.edit != nil {
		c.Commit(0, 0)
	}
	if c.sel == cell {
		return true
	}
	c.sel = cell
	c.notify(ChangeSelection)
	return true
}

// ExtendBy moves the active cell by rows and columns and keeps the anchor
// (Shift+arrow keys).
func (c *Controller) ExtendBy(dRow, dCol int) {
	if len(c.doc.Scenarios) == 0 {
		return
	}
	c.Extend(c.step(c.sel, dRow, dCol))
}

// SelectBlock selects the block from anchor to active, both selectable cells.
func (c *Controller) SelectBlock(anchor, active Cell) bool {
	if !c.Selectable(anchor) || !c.Selectable(active) {
		return false
	}
	if c.edit != nil {
		c.Commit(0, 0)
	}
	c.anchor, c.sel = anchor, active
	c.notify(ChangeSelection)
	return true
}

// SelectColumn selects every cell of the selected scenario's column, from
// its name to its last result.
func (c *Controller) SelectColumn() bool {
	col := c.sel.Col
	return c.SelectBlock(Cell{Row: 0, Col: col}, Cell{Row: len(c.rows) - 1, Col: col})
}

// SelectAll selects every scenario's every cell.
func (c *Controller) SelectAll() bool {
	return c.SelectBlock(Cell{Row: 0, Col: 1}, Cell{Row: len(c.rows) - 1, Col: len(c.doc.Scenarios)})
}

// blockRows returns the rows of b that hold values: b's rows without the
// section headings.
func (c *Controller) blockRows(b Block) []int {
	var rows []int
	for r := max(b.Top, 0); r <= b.Bottom && r < len(c.rows); r++ {
		if c.rows[r].Kind != SectionRow {
			rows = append(rows, r)
		}
	}
	return rows
}
