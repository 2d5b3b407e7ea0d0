namespace Containerize.Linting;

/// <summary>
/// BuildKit's 22 build checks and where each is covered: the table <c># check=skip=…;error=true</c> is read against,
/// that the BuildKit agreement test runs, and that each rule's page names. One line a check.
/// </summary>
public static class BuildKitChecks
{
    public static IReadOnlyList<BuildKitCheck> All { get; } = new BuildKitCheck[]
    {
        new("StageNameCasing", "CTZ1502", false),
        new("FromAsCasing", "CTZ1501", false, "FromAsCasing"),
        new("NoEmptyContinuation", "CTZ0009", false),
        new("ConsistentInstructionCasing", "CTZ1501", false, "ConsistentInstructionCasing"),
        new("DuplicateStageName", "CTZ1103", false, "DL3024"),
        new("ReservedStageName", "CTZ1103", false, "ReservedStageName"),
        new("JSONArgsRecommended", "CTZ1321", false),
        new("MaintainerDeprecated", "CTZ1503", false, "MaintainerDeprecated"),
        new("UndefinedArgInFrom", "CTZ1103", false, "UndefinedArgInFrom"),
        new("WorkdirRelativePath", "CTZ1104", false, "DL3000"),
        new("UndefinedVar", "CTZ1120", false),
        new("MultipleInstructionsDisallowed", "CTZ1104", false, "DL4003", "DL4004", "MultipleInstructionsDisallowed"),
        new("LegacyKeyValueFormat", "CTZ1503", false, "LegacyKeyValueFormat"),
        new("InvalidBaseImagePlatform", "CTZ1123", false, "InvalidBaseImagePlatform"),
        new("RedundantTargetPlatform", "CTZ1504", false),
        new("SecretsUsedInArgOrEnv", "CTZ1302", false, "DL3064"),
        new("InvalidDefaultArgInFrom", "CTZ1103", false, "InvalidDefaultArgInFrom"),
        new("FromPlatformFlagConstDisallowed", "CTZ1122", false, "FromPlatformFlagConstDisallowed"),
        new("ExposeInvalidFormat", "CTZ1320", false),
        new("ExposeProtoCasing", "CTZ1505", false),
        new("CopyIgnoredFile", "CTZ1230", false),
        new("InvalidDefinitionDescription", "CTZ1506", true),
    };

    public static BuildKitCheck? Find(string name)
    {
        foreach (var check in All)
        {
            if (string.Equals(check.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return check;
            }
        }

        return null;
    }

    /// <summary>The BuildKit check a finding is, or null.</summary>
    public static BuildKitCheck? Of(Dockerfiles.DockerfileDiagnostic finding)
    {
        foreach (var check in All)
        {
            if (check.Covers(finding))
            {
                return check;
            }
        }

        return null;
    }
}
