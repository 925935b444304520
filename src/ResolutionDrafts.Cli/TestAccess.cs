using System.Runtime.CompilerServices;

// The commands are internal; their tests call them directly, without a process.
[assembly: InternalsVisibleTo("ResolutionDrafts.Documents.Tests")]
[assembly: InternalsVisibleTo("ResolutionDrafts.Precedents.Tests")]
