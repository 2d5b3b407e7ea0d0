namespace Containerize.Generation;

/// <summary>The catalog of project-input diagnostics (2xxx). IDs are never reused.</summary>
public static class GenerationDiagnosticIds
{
    public const string UnknownTargetFramework = "CTZ2001";
    public const string MultiTargetingWithoutChoice = "CTZ2002";
    public const string ConflictingBaseImage = "CTZ2003";
    public const string UserOwnedDockerfile = "CTZ2004";
    public const string InvalidPort = "CTZ2005";
    public const string UnsupportedRuntimeIdentifier = "CTZ2006";
    public const string ContextDoesNotContainProject = "CTZ2007";
    public const string ReferenceOutsideContext = "CTZ2008";
    public const string MissingContextDirectory = "CTZ2009";

    /// <summary>The fast inner loop does not apply: the whole Dockerfile is built (a message naming why).</summary>
    public const string WholeDockerfileBuilt = "CTZ2040";

    /// <summary>ContainerizeInnerLoop is neither true nor false.</summary>
    public const string InvalidInnerLoop = "CTZ2041";
}
