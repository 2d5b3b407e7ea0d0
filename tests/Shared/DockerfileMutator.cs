using System.Text;

namespace Containerize.Testing;

/// <summary>The fuzzers' mutation of a corpus Dockerfile: bit flips, truncation, splicing from another file, inserted fragments, deleted and duplicated runs.</summary>
internal static class DockerfileMutator
{
    public static byte[] Mutate(byte[] first, byte[] second, int[] ops, string[] fragments)
    {
        var data = new List<byte>(first);
        foreach (var op in ops)
        {
            var kind = (op & 0x7fffffff) % 7;
            var at = data.Count == 0 ? 0 : ((op >> 3) & 0x7fffffff) % (data.Count + 1);
            switch (kind)
            {
                case 0 when data.Count > 0: // bit flip
                    var index = Math.Min(at, data.Count - 1);
                    data[index] ^= (byte)(1 << ((op >> 20) & 7));
                    break;
                case 1: // truncate
                    data.RemoveRange(at, data.Count - at);
                    break;
                case 2: // splice in a piece of another file
                    var from = second.Length == 0 ? 0 : ((op >> 11) & 0x7fffffff) % second.Length;
                    var length = Math.Min(second.Length - from, 1 + ((op >> 5) & 0xff));
                    data.InsertRange(at, second.Skip(from).Take(length));
                    break;
                case 3 or 4: // insert a syntactically interesting fragment
                    data.InsertRange(at, Encoding.UTF8.GetBytes(fragments[((op >> 7) & 0x7fffffff) % fragments.Length]));
                    break;
                case 5 when data.Count > 0: // delete a run
                    var count = Math.Min(data.Count - Math.Min(at, data.Count - 1), 1 + ((op >> 9) & 0x3f));
                    data.RemoveRange(Math.Min(at, data.Count - 1), count);
                    break;
                case 6: // duplicate a run
                    var dupFrom = Math.Min(at, data.Count);
                    var dupLength = Math.Min(data.Count - dupFrom, 1 + ((op >> 13) & 0x7f));
                    data.InsertRange(dupFrom, data.GetRange(dupFrom, dupLength));
                    break;
            }
        }

        return data.ToArray();
    }
}
