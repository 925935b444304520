using System.Text;
using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Cli;

/// <summary>Reads a draft JSON file for a command, turning every failure into one line that names the file.</summary>
internal static class DraftFiles
{
    public static (Draft? Draft, string? Error) Read(string path)
    {
        string text;
        try
        {
            if (new FileInfo(path).Length > DraftJson.MaxBytes)
            {
                return (null, $"{path}: the file is larger than {DraftJson.MaxBytes / 1024 / 1024} MB.");
            }

            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return (null, $"{path}: {OneLine(e.Message)}");
        }

        var result = DraftJson.Deserialize(text);
        return result.IsSuccess ? (result.Value, null) : (null, $"{path}: {OneLine(result.Error!)}");
    }

    public static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
