using Containerize.Diagnostics;
using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>CTZ1303: shell form ENTRYPOINT/CMD/HEALTHCHECK or RUN in a distroless final stage: there is no shell to run them.</summary>
public sealed class ShellFormInDistrolessRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        DiagnosticCatalog.ShellFormInDistroless,
        "Chiseled and distroless images have no /bin/sh. Shell-form instructions are run as /bin/sh -c …, so the build step fails or the container cannot start.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(LintContext context)
    {
        var final = context.FinalStage;
        var image = final?.RootImage;
        if (final?.From is null || image is null || !image.IsDistroless)
        {
            return;
        }

        foreach (var instruction in final.Instructions)
        {
            switch (instruction)
            {
                case RunInstruction { IsExecForm: false } run:
                    context.Raise(Rule, run.Span, $"RUN '{Shorten(run.CommandText)}'", image.Text, "do this work in a build stage and COPY the result");
                    break;
                case CommandInstruction { IsExecForm: false } command when command is CmdInstruction or EntrypointInstruction:
                    context.Raise(Rule, command.Span, $"{command.Keyword.ToUpperInvariant()} in shell form ('/bin/sh -c {Shorten(command.CommandText)}')", image.Text, $"the container cannot start. Use the exec form: {command.Keyword.ToUpperInvariant()} {DockerfileBuilder.JsonArray(ShellWords.Split(command.CommandText))}");
                    break;
                case HealthcheckInstruction { IsNone: false, IsExecForm: false } check when check.Arguments.Count > 1:
                    context.Raise(Rule, check.Span, "HEALTHCHECK CMD in shell form", image.Text, "use the exec form with a program the image contains");
                    break;
            }
        }
    }

    private static string Shorten(string text) => text.Length > 60 ? text.Substring(0, 57) + "…" : text;
}
