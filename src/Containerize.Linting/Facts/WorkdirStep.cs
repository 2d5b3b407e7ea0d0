using Containerize.Dockerfiles;

namespace Containerize.Linting;

/// <summary>An instruction of a stage with the working directory in force when it runs.</summary>
internal sealed class WorkdirStep
{
    public WorkdirStep(Instruction instruction, string workdir)
    {
        Instruction = instruction;
        Workdir = workdir;
    }

    public Instruction Instruction { get; }

    public string Workdir { get; }

    public void Deconstruct(out Instruction instruction, out string workdir)
    {
        instruction = Instruction;
        workdir = Workdir;
    }
}
