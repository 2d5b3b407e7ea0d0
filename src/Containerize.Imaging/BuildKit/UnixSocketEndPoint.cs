using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Containerize.Imaging.BuildKit;

/// <summary>A Unix domain socket address (netstandard2.0 has no UnixDomainSocketEndPoint): family, then the path.</summary>
internal sealed class UnixSocketEndPoint : EndPoint
{
    private readonly string _path;

    public UnixSocketEndPoint(string path)
    {
        _path = path;
    }

    public override AddressFamily AddressFamily => AddressFamily.Unix;

    public override SocketAddress Serialize()
    {
        var path = Encoding.UTF8.GetBytes(_path);
        var address = new SocketAddress(AddressFamily.Unix, 2 + path.Length + 1);
        for (var i = 0; i < path.Length; i++)
        {
            address[2 + i] = path[i];
        }

        address[2 + path.Length] = 0;
        return address;
    }

    public override EndPoint Create(SocketAddress socketAddress) => this;

    public override string ToString() => _path;
}
