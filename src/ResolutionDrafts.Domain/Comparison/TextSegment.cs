namespace ResolutionDrafts.Domain.Comparison;

/// <summary>
/// One run of a text diff. Equal + Delete segments, in order, spell the old text exactly; Equal +
/// Insert segments spell the new text exactly. A segment never starts or ends inside a surrogate
/// pair, so each one can be written out (a Word run, an HTML span) on its own.
/// </summary>
public sealed record TextSegment(DiffOperation Operation, string Text);
