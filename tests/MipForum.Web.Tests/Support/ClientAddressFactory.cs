namespace MipForum.Web.Tests.Support;

/// <summary>
/// The demo forum where each request comes from the address in its test header (TestClientAddress, which every
/// ForumWebFactory installs), as a connection from that address would: the test server has no sockets.
/// </summary>
public sealed class ClientAddressFactory : ForumWebFactory
{
    public const string Header = TestClientAddress.Header;
}
