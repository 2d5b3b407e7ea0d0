namespace Containerize.Linting;

/// <summary>The catalog of Dockerfile rule IDs (1xxx). IDs are never reused.</summary>
public static class RuleIds
{
    public const string ChiseledVariantExists = "CTZ1101";
    public const string UntaggedBaseImage = "CTZ1102";
    public const string BrokenStageReference = "CTZ1103";
    public const string RepeatedCmdOrRelativeWorkdir = "CTZ1104";
    public const string EndOfSupportDotnet = "CTZ1105";
    public const string PackageManagerCache = "CTZ1201";
    public const string ConsecutiveRuns = "CTZ1202";
    public const string DeletedInLaterLayer = "CTZ1203";
    public const string RecursiveChownAfterCopy = "CTZ1204";
    public const string HeavyBuildContext = "CTZ1205";
    public const string AddWhereCopyWouldDo = "CTZ1206";
    public const string FinalStageShipsBuildTools = "CTZ1207";
    public const string FinalStageCopiesBuildTree = "CTZ1208";
    public const string CopyAllBeforeRestore = "CTZ1209";
    public const string DevPackagesInFinalImage = "CTZ1210";
    public const string BuildThenPublish = "CTZ1211";
    public const string HostBuildOutput = "CTZ1212";
    public const string RunsAsRoot = "CTZ1301";
    public const string SecretInArgOrEnv = "CTZ1302";
    public const string ShellFormInDistroless = "CTZ1303";
    public const string PipeToShellOrSudo = "CTZ1304";
    public const string CopyIntoRoot = "CTZ1305";
    public const string HeredocWithoutErrexit = "CTZ1306";
    public const string DevelopmentEnvironment = "CTZ1307";
    public const string RuntimeVersionMismatch = "CTZ1401";
    public const string MissingIcu = "CTZ1402";
    public const string EntrypointNotThisAssembly = "CTZ1403";
    public const string RuntimeFlavorMismatch = "CTZ1404";
    public const string ExposeMismatch = "CTZ1405";
}
