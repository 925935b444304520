using ResolutionDrafts.Web.Access;

namespace ResolutionDrafts.Web.Tests.Security;

/// <summary>The table in docs/security.md is the permission table in the code, row for row.</summary>
public sealed class PermissionTableDocTests
{
    [Fact]
    public void DocumentedTable_MatchesTheCode()
    {
        var rows = Rows();
        Assert.Equal(Enum.GetNames<DraftAction>().Order(), rows.Keys.Order());
        DraftRole[] columns = [DraftRole.Secretariat, DraftRole.Delegation, DraftRole.Editor, DraftRole.Observer];
        foreach (var action in Enum.GetValues<DraftAction>())
        {
            for (var i = 0; i < columns.Length; i++)
            {
                var cell = rows[action.ToString()][i];
                var documented = cell switch
                {
                    "yes" => (Closed: true, Open: true),
                    "no" => (Closed: false, Open: false),
                    "while open to direct editing" => (Closed: false, Open: true),
                    _ => throw new InvalidDataException($"Unexpected cell '{cell}' for {action}."),
                };
                Assert.True(documented.Closed == DraftPermissions.Allows(columns[i], action, openToDirectEditing: false), $"{action} / {columns[i]} (closed)");
                Assert.True(documented.Open == DraftPermissions.Allows(columns[i], action, openToDirectEditing: true), $"{action} / {columns[i]} (open)");
            }
        }
    }

    private static Dictionary<string, string[]> Rows()
    {
        var text = File.ReadAllText(Path.Combine(RepoRoot(), "docs", "security.md"));
        var section = text[text.IndexOf("## What each role may do", StringComparison.Ordinal)..];
        return section.Split('\n')
            .Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| action", StringComparison.Ordinal))
            .TakeWhile(l => l.Count(c => c == '|') == 6)
            .Select(l => l.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray())
            .ToDictionary(c => c[0], c => c[1..]);
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ResolutionDrafts.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("ResolutionDrafts.sln not found above the test's folder.");
    }
}
