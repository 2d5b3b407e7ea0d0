using Containerize.Linting.Rules;

namespace Containerize.Linting;

/// <summary>Every rule, in ID order: the one place rules are registered.</summary>
public static class RuleCatalog
{
    public static IReadOnlyList<LintRule> All { get; } = new LintRule[]
    {
        new ChiseledVariantExistsRule(),
        new UntaggedBaseImageRule(),
        new BrokenStageReferenceRule(),
        new RepeatedCmdOrRelativeWorkdirRule(),
        new PackageManagerCacheRule(),
        new ConsecutiveRunsRule(),
        new DeletedInLaterLayerRule(),
        new RecursiveChownAfterCopyRule(),
        new HeavyBuildContextRule(),
        new AddWhereCopyWouldDoRule(),
        new FinalStageShipsBuildToolsRule(),
        new FinalStageCopiesBuildTreeRule(),
        new CopyAllBeforeRestoreRule(),
        new RunsAsRootRule(),
        new SecretInArgOrEnvRule(),
        new ShellFormInDistrolessRule(),
        new PipeToShellOrSudoRule(),
        new RuntimeVersionMismatchRule(),
        new MissingIcuRule(),
        new EntrypointNotThisAssemblyRule(),
        new RuntimeFlavorMismatchRule(),
        new ExposeMismatchRule(),
    };

    public static IReadOnlyList<RuleDescriptor> Descriptors { get; } = All.Select(r => r.Descriptor).ToArray();

    public static RuleDescriptor? Find(string id) => Descriptors.FirstOrDefault(d => d.Id == id);
}
