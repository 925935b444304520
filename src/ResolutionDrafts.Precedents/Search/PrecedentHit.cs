namespace ResolutionDrafts.Precedents.Search;

/// <summary>A precedent and how close it is to the text searched for, from 0 (nothing shared) to 1 (the same words).</summary>
public sealed record PrecedentHit(Precedent Precedent, double Score);
