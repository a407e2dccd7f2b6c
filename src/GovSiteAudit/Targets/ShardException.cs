using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace GovSiteAudit.Targets;

/// <summary>A --shard value that cannot be used.</summary>
public sealed class ShardException(string message) : InputException(message);
