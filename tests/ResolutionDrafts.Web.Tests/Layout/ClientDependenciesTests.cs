using System.Xml.Linq;
using ResolutionDrafts.Client;
using ResolutionDrafts.Contracts.Protocol;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Layout;

/// <summary>
/// The live client and the hub's contract stay light: a tool or load driver that speaks the hub
/// protocol does not pull in the document formats (and so DocumentFormat.OpenXml) or the server.
/// </summary>
public sealed class ClientDependenciesTests
{
    private static readonly string[] Forbidden = ["DocumentFormat.OpenXml", "ResolutionDrafts.Documents", "ResolutionDrafts.Web", "ResolutionDrafts.Precedents"];

    [Fact]
    public void TheClientAndContractsAssemblies_ReferenceNeitherTheDocumentFormatsNorTheServer()
    {
        foreach (var assembly in new[] { typeof(LiveDraftConnection).Assembly, typeof(DraftJoined).Assembly })
        {
            var references = assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
            Assert.Contains("ResolutionDrafts.Domain", references);
            Assert.DoesNotContain(references, name => Forbidden.Contains(name));
        }

        // The contracts are plain records over the domain: no package at all.
        Assert.All(
            typeof(DraftJoined).Assembly.GetReferencedAssemblies().Select(a => a.Name!),
            name => Assert.True(name == "ResolutionDrafts.Domain" || name.StartsWith("System", StringComparison.Ordinal) || name == "netstandard", $"Contracts references {name}"));
    }

    [Fact]
    public void TheClientProject_ReachesNoDocumentFormatPackage_ThroughAnyProjectReference()
    {
        var (projects, packages) = Closure(Path.Combine(AppProcess.RepositoryRoot(), "src", "ResolutionDrafts.Client", "ResolutionDrafts.Client.csproj"));

        Assert.Contains("ResolutionDrafts.Contracts", projects);
        Assert.DoesNotContain(projects, name => Forbidden.Contains(name));
        Assert.DoesNotContain("DocumentFormat.OpenXml", packages);
    }

    /// <summary>Every project a project file reaches through its ProjectReferences, and every package they name.</summary>
    private static (HashSet<string> Projects, HashSet<string> Packages) Closure(string start)
    {
        var projects = new HashSet<string>();
        var packages = new HashSet<string>();
        var pending = new Stack<string>([Path.GetFullPath(start)]);
        while (pending.TryPop(out var path))
        {
            if (!projects.Add(Path.GetFileNameWithoutExtension(path)))
            {
                continue;
            }

            var project = XDocument.Load(path);
            foreach (var reference in project.Descendants("ProjectReference"))
            {
                var include = reference.Attribute("Include")!.Value.Replace('\\', Path.DirectorySeparatorChar);
                pending.Push(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, include)));
            }

            foreach (var package in project.Descendants("PackageReference"))
            {
                packages.Add(package.Attribute("Include")!.Value);
            }
        }

        return (projects, packages);
    }
}
