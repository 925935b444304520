namespace ResolutionDrafts.Documents.Import;

/// <summary>The kinds of file the importer reads.</summary>
public enum ImportFormat
{
    /// <summary>Plain text as extracted from an issued PDF (UTF-8 or UTF-16 with a byte order mark).</summary>
    Text,

    /// <summary>A Word document (.docx).</summary>
    Docx,

    /// <summary>Akoma Ntoso XML as published by the UN (AKN4UN).</summary>
    Akn,
}
