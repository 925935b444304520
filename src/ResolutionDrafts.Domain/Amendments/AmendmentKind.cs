namespace ResolutionDrafts.Domain.Amendments;

/// <summary>What one amendment instruction does to the text it is made to.</summary>
public enum AmendmentKind
{
    /// <summary>"after the words “X”, insert the words “Y”".</summary>
    InsertWords,

    /// <summary>"delete “X”".</summary>
    DeleteWords,

    /// <summary>"replace the words “X” with the words “Y”".</summary>
    ReplaceWords,

    /// <summary>"Replace operative paragraph 5 with the following text: “…”" (its sub-paragraphs stay).</summary>
    ReplaceParagraph,

    /// <summary>"Replace the heading before operative paragraph 5 with “…”", or add or delete a heading.</summary>
    ReplaceHeading,

    /// <summary>"After operative paragraph 4, insert a new paragraph reading: “…”".</summary>
    InsertParagraph,

    /// <summary>"Delete operative paragraph 13." (with its sub-paragraphs).</summary>
    DeleteParagraph,

    /// <summary>"Move operative paragraph 7 to follow operative paragraph 9."</summary>
    MoveParagraph,

    /// <summary>
    /// "In the title of resolution B, replace “…” with “…”." (a resolution in parts, ADR 0016): the
    /// title of the part the target paragraph opens. Last, so stored instructions keep their numbers.
    /// </summary>
    ReplacePartTitle,

    /// <summary>
    /// "In resolution B, replace the author line “The General Assembly,” with “…”." (ADR 0016): the author
    /// line of the part the target paragraph opens, as <see cref="ReplacePartTitle"/> for its title.
    /// </summary>
    ReplacePartAuthorLine,

    /// <summary>
    /// "Begin a new resolution at operative paragraph 3 of resolution A, entitled “…”, with the author line “…”."
    /// (ADR 0016): the target and the paragraphs after it in its part become a part of their own
    /// (<see cref="AmendmentInstruction.Part"/>).
    /// </summary>
    StartPart,

    /// <summary>"Join resolution B to resolution A, deleting its title and author line." (ADR 0016): the part the target opens ends.</summary>
    EndPart,

    /// <summary>"Begin a new section at operative paragraph 3 of section I, numbered from 1." (ADR 0016): the target opens a section.</summary>
    StartSection,

    /// <summary>"Close section II: its paragraphs are numbered with those before it." (ADR 0016): the section the target opens ends.</summary>
    EndSection,

    /// <summary>
    /// "In the quoted text of operative paragraph 3, after the line “…”, insert a new line reading “…”." (ADR 0028):
    /// lines added to the quotation the <see cref="AmendmentInstruction.Target"/> paragraph holds, placed by
    /// <see cref="AmendmentInstruction.Placement"/> (after or before one of its lines, or at its end), the lines in
    /// <see cref="AmendmentInstruction.Content"/>; a paragraph that quoted nothing gets a quotation: "Insert at the end
    /// of operative paragraph 3 the following quoted text: “…”."
    /// </summary>
    InsertQuotedLines,

    /// <summary>"In the quoted text of operative paragraph 3, delete the line “…”." (ADR 0028): <see cref="AmendmentInstruction.Target"/> is the line.</summary>
    DeleteQuotedLine,

    /// <summary>
    /// "In the quoted text of operative paragraph 3, move the line “…” to follow the line “…”." (ADR 0028, amendment 2):
    /// <see cref="AmendmentInstruction.Target"/> is the line, as it reads in <see cref="AmendmentInstruction.OldText"/>;
    /// <see cref="AmendmentInstruction.Placement"/> puts it after or before another line of the quotation (whose words
    /// are <see cref="AmendmentInstruction.AnchorText"/>), or at its beginning or end.
    /// </summary>
    MoveQuotedLine,

    /// <summary>
    /// "In the table in operative paragraph 12, in the row “Albania”, replace “0.008” with “0.009”." (ADR 0029): one cell
    /// of the table the target holds (<see cref="AmendmentInstruction.Table"/>).
    /// </summary>
    ReplaceTableCell,

    /// <summary>"In the table in operative paragraph 12, after the row “Argentina”, insert a row reading: “Atlantis | 0.001”."</summary>
    InsertTableRows,

    /// <summary>"In the table in operative paragraph 12, delete the row “Angola”."</summary>
    DeleteTableRow,

    /// <summary>
    /// "At the end of operative paragraph 12, insert the following table, headed “Member State | Percentage”: “Albania | 0.008”; …."
    /// (ADR 0029): the target, which held no table, gets <see cref="AmendmentInstruction.Table"/>'s rows.
    /// </summary>
    InsertTable,

    /// <summary>"In operative paragraph 12, delete the table." (ADR 0029).</summary>
    DeleteTable,

    /// <summary>"In operative paragraph 12, replace the table with the following table: …" (ADR 0029): when its rows cannot be told apart as edits.</summary>
    ReplaceTable,

    /// <summary>"In the table in operative paragraph 12, move the row “Albania” to after the row “Algeria”." (ADR 0029).</summary>
    MoveTableRows,

    /// <summary>"In the table in operative paragraph 12, replace the row “Albania” with the following row: “…”." (cells added, removed or merged).</summary>
    ReplaceTableRow,
}
