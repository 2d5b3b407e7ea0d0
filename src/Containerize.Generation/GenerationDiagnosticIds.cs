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
    public const string NeededFileOutsideContext = "CTZ2010";
    public const string ImportsNotEvaluated = "CTZ2011";
    public const string TargetFrameworkChosen = "CTZ2012";
    public const string InvalidEnvironmentVariableName = "CTZ2013";
    public const string UnknownProjectFact = "CTZ2014";
}
