using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Web.Components.Drafts;

/// <summary>Something the reader asked to do to the paragraph <see cref="Id"/> from the document view.</summary>
/// <remarks>
/// <see cref="OnBehalfOf"/>: in suggesting mode, the group a delegation proposes for ("the Group of 77 and China").
/// <see cref="Source"/>: in suggesting mode, the agreed language the proposed text was taken from, when a precedent was used (ADR 0011).
/// <see cref="Part"/>: the title and author line of a part started or edited at the paragraph (ADR 0016).
/// <see cref="Cell"/>: the cell of the paragraph's table whose text is set (ADR 0029).
/// <see cref="NewRows"/>: rows a delegation proposes added to the paragraph's table, with its changed <see cref="Cells"/>.
/// <see cref="Answered"/>: told, once a proposal was sent, why it was refused (null when it was made), so the component
/// that sent it keeps what the delegate typed when it was refused (the table's pending cells).
/// </remarks>
public sealed record ParagraphCommand(ParagraphAction Action, string? Id, string? Text = null, ParagraphKind? Kind = null, string? OnBehalfOf = null, AgreedLanguage? Source = null, DraftPart? Part = null, TableCellAt? Cell = null, IReadOnlyList<TableCellEdit>? Cells = null, Action<string?>? Answered = null, IReadOnlyList<TableRowProposed>? NewRows = null);

public enum ParagraphAction
{
    StartEdit,
    FinishLiveEdit,

    /// <summary>A quotation's lines (ADR 0028): add an empty line after the quoted line <see cref="ParagraphCommand.Id"/> (or at the end of the quotation of the paragraph it names), then edit it.</summary>
    AddQuotedLine,

    /// <summary>Remove the quoted line <see cref="ParagraphCommand.Id"/>.</summary>
    RemoveQuotedLine,

    MoveQuotedLineUp,

    MoveQuotedLineDown,
    StartNewParagraphAfter,
    StartNewSubParagraph,
    Save,
    Cancel,
    Delete,
    ConfirmDelete,
    MoveUp,
    MoveDown,
    ToggleKind,

    /// <summary>Suggesting mode: open a proposed copy of the paragraph.</summary>
    StartSuggest,

    /// <summary>Suggesting mode: send the proposed copy (<see cref="ParagraphCommand.Text"/>) as a proposal.</summary>
    Propose,

    /// <summary>Suggesting mode: propose deleting the paragraph.</summary>
    ProposeDelete,

    ProposeMoveUp,

    ProposeMoveDown,

    /// <summary>Suggesting mode: open an empty proposed paragraph after this one.</summary>
    StartSuggestNewAfter,

    /// <summary>Suggesting mode: propose the new paragraph (<see cref="ParagraphCommand.Text"/>) after this one.</summary>
    ProposeNewAfter,

    /// <summary>Suggesting mode: propose a new quoted line (<see cref="ParagraphCommand.Text"/>) after this quoted line (ADR 0028).</summary>
    ProposeQuotedLineAfter,

    /// <summary>
    /// Suggesting mode: open a box for new quoted lines before the quoted line <see cref="ParagraphCommand.Id"/>, or for
    /// the quotation of the paragraph it names when that has none (ADR 0028).
    /// </summary>
    StartSuggestQuotedLines,

    /// <summary>
    /// Suggesting mode: propose the lines of <see cref="ParagraphCommand.Text"/> (one a line) before the quoted line
    /// <see cref="ParagraphCommand.Id"/>, or as the quotation of the paragraph it names.
    /// </summary>
    ProposeQuotedLines,

    /// <summary>Suggesting mode: propose deleting this quoted line (ADR 0028).</summary>
    ProposeQuotedLineDelete,

    /// <summary>Suggesting mode: propose moving this quoted line up or down one place in its quotation (ADR 0028, amendment 2).</summary>
    ProposeQuotedLineUp,

    ProposeQuotedLineDown,

    /// <summary>The live editor closed on an empty paragraph and its editor chose to delete it.</summary>
    DeleteEmptied,

    /// <summary>The live editor closed on an empty paragraph and its editor chose to go on writing.</summary>
    KeepWriting,

    /// <summary>A paste too long for one paragraph, split by the live editor: <see cref="ParagraphCommand.Text"/> is a JSON array of the new paragraphs' texts, added after this paragraph.</summary>
    InsertParagraphs,

    /// <summary>Open a new paragraph at the head of the part this paragraph opens.</summary>
    StartNewParagraphBefore,

    /// <summary>Open the form for the title and author line of the part this paragraph opens, or of a new part starting at it.</summary>
    StartPart,

    /// <summary>Start a part at this paragraph, or give the part it opens a new title and author line (<see cref="ParagraphCommand.Part"/>).</summary>
    SavePart,

    /// <summary>Remove the part this paragraph opens: its paragraphs join the part before.</summary>
    RemovePart,

    /// <summary>Open a section numbered from 1 again at this paragraph (ADR 0016).</summary>
    OpenSection,

    /// <summary>Close the section this paragraph opens: its paragraphs join the section before.</summary>
    CloseSection,

    /// <summary>Set the text of a cell (<see cref="ParagraphCommand.Cell"/>) of the paragraph's table to <see cref="ParagraphCommand.Text"/>.</summary>
    SetTableCell,

    /// <summary>Suggesting mode: propose <see cref="ParagraphCommand.Text"/> for a cell (<see cref="ParagraphCommand.Cell"/>) of the paragraph's table.</summary>
    ProposeTableCell,

    /// <summary>Add an empty row after the row <see cref="ParagraphCommand.Cell"/> names (its column unused), shaped as that row.</summary>
    AddTableRow,

    /// <summary>Remove the row <see cref="ParagraphCommand.Cell"/> names.</summary>
    RemoveTableRow,

    /// <summary>Remove the paragraph's whole table.</summary>
    RemoveTable,

    /// <summary>Suggesting mode: propose deleting the row <see cref="ParagraphCommand.Cell"/> names (ADR 0030).</summary>
    ProposeRemoveTableRow,

    /// <summary>Suggesting mode: propose moving the row <see cref="ParagraphCommand.Cell"/> names one place up.</summary>
    ProposeMoveTableRowUp,

    /// <summary>Suggesting mode: propose moving the row <see cref="ParagraphCommand.Cell"/> names one place down.</summary>
    ProposeMoveTableRowDown,

    /// <summary>Suggesting mode: propose deleting the paragraph's whole table.</summary>
    ProposeRemoveTable,

    /// <summary>Add an empty row at the head of the table's body (under its header, or its first sub-heading's; ADR 0030, amendment 2).</summary>
    AddTableRowAtHead,

    /// <summary>In a run of tables: add an empty sub-heading after the body row <see cref="ParagraphCommand.Cell"/> names, starting a new table there.</summary>
    AddTableSubHeading,

    /// <summary>In a run of tables: add a new table at the run's end (an empty sub-heading, the last table's header, an empty row).</summary>
    AddTableToRun,

    /// <summary>In a run of tables: remove the table under the sub-heading <see cref="ParagraphCommand.Cell"/> names, its sub-heading with it (ADR 0030, amendment 3).</summary>
    RemoveTableUnder,

    /// <summary>Suggesting mode: propose deleting the table under the sub-heading <see cref="ParagraphCommand.Cell"/> names ("delete the table under “C. …”").</summary>
    ProposeRemoveTableUnder,
}
