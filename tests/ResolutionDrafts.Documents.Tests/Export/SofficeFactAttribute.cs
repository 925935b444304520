namespace ResolutionDrafts.Documents.Tests.Export;

/// <summary>A fact that needs LibreOffice: skipped, with the reason, where /usr/bin/soffice is not installed.</summary>
public sealed class SofficeFactAttribute : FactAttribute
{
    public const string Path = "/usr/bin/soffice";

    public SofficeFactAttribute()
    {
        if (!File.Exists(Path))
        {
            Skip = $"LibreOffice is not installed ({Path} is missing): apt-get install libreoffice-writer-nogui to run this test.";
        }
    }
}
