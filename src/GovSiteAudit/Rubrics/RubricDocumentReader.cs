using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace GovSiteAudit.Rubrics;

/// <summary>
/// Reads YAML or JSON text into a <see cref="RubricNode"/> tree. Built from parser events rather than
/// YamlDotNet's <c>YamlStream</c> because the stream's loader recurses (a deeply nested file overflows the
/// stack before it could be checked) and hashes keys structurally (an alias bomb used as a key explodes while
/// loading). Aliases become shared nodes; the validating walk expands and counts them.
/// </summary>
internal static partial class RubricDocumentReader
{
    public static RubricNode? ReadYaml(string text, string file)
    {
        var parser = new Parser(new StringReader(text));
        var anchors = new Dictionary<string, RubricNode>(StringComparer.Ordinal);
        var stack = new Stack<Frame>();
        RubricNode? root = null;
        var documents = 0;
        var lastGood = Mark.Empty;
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                lastGood = current.End;
                switch (current)
                {
                    case DocumentStart start:
                        if (++documents > 1)
                        {
                            throw Fail(file, start.Start, "a rubric file holds one YAML document; remove the second document (after '---')");
                        }

                        break;
                    case Scalar scalar:
                        var node = ToScalar(scalar, file);
                        Register(anchors, scalar, node);
                        root = Attach(stack, node, file, root);
                        break;
                    case AnchorAlias alias:
                        if (!anchors.TryGetValue(alias.Value.Value, out var target))
                        {
                            throw Fail(file, alias.Start, $"unknown alias '*{alias.Value.Value}': no anchor '&{alias.Value.Value}' before it");
                        }

                        root = Attach(stack, target, file, root);
                        break;
                    case MappingStart mappingStart:
                        var mapping = new MappingNode(LineOf(mappingStart.Start), ColumnOf(mappingStart.Start));
                        Register(anchors, mappingStart, mapping);
                        root = Attach(stack, mapping, file, root);
                        Push(stack, new Frame(mapping), file, mappingStart.Start);
                        break;
                    case SequenceStart sequenceStart:
                        var sequence = new SequenceNode(LineOf(sequenceStart.Start), ColumnOf(sequenceStart.Start));
                        Register(anchors, sequenceStart, sequence);
                        root = Attach(stack, sequence, file, root);
                        Push(stack, new Frame(sequence), file, sequenceStart.Start);
                        break;
                    case MappingEnd or SequenceEnd:
                        stack.Pop();
                        break;
                }
            }
        }
        catch (YamlException e)
        {
            throw Fail(file, e.Start, "YAML syntax error: " + PlainYamlMessage(e));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            // YamlDotNet's scanner fails this way on some unterminated flow collections; the position is the
            // end of the last part it could read.
            var line = Math.Max(1, LineOf(lastGood));
            var column = Math.Max(1, ColumnOf(lastGood));
            throw new RubricException([new RubricError(file, line, column,
                "YAML syntax error after this point: the text cannot be read as YAML (check for an unclosed '[', '{' or quote)")]);
        }

        return root;
    }

    public static RubricNode? ReadJson(string text, string file)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var lines = new LineIndex(bytes);
        // The reader's own limit is set above ours so that our depth error (with position) is the one reported.
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = RubricLimits.MaxDepth * 4 });
        var stack = new Stack<Frame>();
        RubricNode? root = null;
        try
        {
            while (reader.Read())
            {
                var (line, column) = lines.Position(reader.TokenStartIndex);
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        var mapping = new MappingNode(line, column);
                        root = Attach(stack, mapping, file, root);
                        Push(stack, new Frame(mapping), file, line, column);
                        break;
                    case JsonTokenType.StartArray:
                        var sequence = new SequenceNode(line, column);
                        root = Attach(stack, sequence, file, root);
                        Push(stack, new Frame(sequence), file, line, column);
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        stack.Pop();
                        break;
                    case JsonTokenType.PropertyName or JsonTokenType.String:
                        root = Attach(stack, new ScalarNode(reader.GetString()!, ScalarType.String, line, column), file, root);
                        break;
                    case JsonTokenType.Number:
                        root = Attach(stack, new ScalarNode(Encoding.UTF8.GetString(reader.ValueSpan), ScalarType.Number, line, column), file, root);
                        break;
                    case JsonTokenType.True or JsonTokenType.False:
                        root = Attach(stack, new ScalarNode(reader.TokenType == JsonTokenType.True ? "true" : "false", ScalarType.Bool, line, column), file, root);
                        break;
                    case JsonTokenType.Null:
                        root = Attach(stack, new ScalarNode("null", ScalarType.Null, line, column), file, root);
                        break;
                }
            }
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? -1) + 1;
            var column = (int)(e.BytePositionInLine ?? -1) + 1;
            throw new RubricException([new RubricError(file, line, column, "JSON syntax error: " + PlainJsonMessage(e.Message))]);
        }

        return root;
    }

    /// <summary>A collection being filled; a mapping alternates between waiting for a key and for its value.</summary>
    private sealed class Frame(RubricNode collection)
    {
        public RubricNode Collection { get; } = collection;

        public ScalarNode? PendingKey { get; set; }
    }

    private static RubricNode? Attach(Stack<Frame> stack, RubricNode node, string file, RubricNode? root)
    {
        if (stack.Count == 0)
        {
            return root ?? node;
        }

        var frame = stack.Peek();
        switch (frame.Collection)
        {
            case SequenceNode sequence:
                sequence.Items.Add(node);
                break;
            case MappingNode mapping when frame.PendingKey is null:
                if (node is not ScalarNode key || key.Type == ScalarType.Null)
                {
                    throw new RubricException([new RubricError(file, node.Line, node.Column,
                        $"a key must be a plain name, got {node.Describe()}")]);
                }

                frame.PendingKey = key;
                break;
            case MappingNode mapping:
                mapping.Entries.Add(new(frame.PendingKey!, node));
                frame.PendingKey = null;
                break;
        }

        return root;
    }

    private static void Push(Stack<Frame> stack, Frame frame, string file, Mark mark) =>
        Push(stack, frame, file, LineOf(mark), ColumnOf(mark));

    private static void Push(Stack<Frame> stack, Frame frame, string file, int line, int column)
    {
        stack.Push(frame);
        if (stack.Count > RubricLimits.MaxDepth)
        {
            throw new RubricException([new RubricError(file, line, column,
                $"nesting is deeper than {RubricLimits.MaxDepth} levels; a rubric never needs that many")]);
        }
    }

    private static void Register(Dictionary<string, RubricNode> anchors, NodeEvent nodeEvent, RubricNode node)
    {
        if (!nodeEvent.Anchor.IsEmpty)
        {
            anchors[nodeEvent.Anchor.Value] = node;
        }
    }

    private static ScalarNode ToScalar(Scalar scalar, string file)
    {
        var line = LineOf(scalar.Start);
        var column = ColumnOf(scalar.Start);
        if (!scalar.Tag.IsEmpty && !scalar.Tag.IsNonSpecific)
        {
            if (scalar.Tag.Value == "tag:yaml.org,2002:str")
            {
                return new ScalarNode(scalar.Value, ScalarType.String, line, column);
            }

            throw new RubricException([new RubricError(file, line, column,
                $"the YAML tag '{scalar.Tag.Value}' is not supported; write plain values")]);
        }

        var type = scalar.Style == ScalarStyle.Plain ? ResolvePlain(scalar.Value) : ScalarType.String;
        return new ScalarNode(scalar.Value, type, line, column);
    }

    /// <summary>YAML 1.2 core schema: what an unquoted scalar means (so <c>yes</c> stays a string).</summary>
    internal static ScalarType ResolvePlain(string value)
    {
        if (value is "" or "~" or "null" or "Null" or "NULL")
        {
            return ScalarType.Null;
        }

        if (value is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            return ScalarType.Bool;
        }

        return CoreNumber().IsMatch(value) ? ScalarType.Number : ScalarType.String;
    }

    [GeneratedRegex(@"^([-+]?[0-9]+|[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$", RegexOptions.CultureInvariant)]
    private static partial Regex CoreNumber();

    private static RubricException Fail(string file, Mark mark, string message) =>
        new([new RubricError(file, LineOf(mark), ColumnOf(mark), message)]);

    private static int LineOf(Mark mark) => checked((int)mark.Line);

    private static int ColumnOf(Mark mark) => checked((int)mark.Column);

    /// <summary>YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (...):"; the position is reported separately.</summary>
    private static string PlainYamlMessage(YamlException e)
    {
        var message = YamlPosition().Replace(e.Message, "").Trim();
        if (message.Length == 0)
        {
            message = "the text is not valid YAML";
        }

        message = char.ToLowerInvariant(message[0]) + message[1..];
        if (message.Contains("did not find expected key", StringComparison.OrdinalIgnoreCase)
            || message.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase)
            || message.Contains("invalid mapping", StringComparison.OrdinalIgnoreCase))
        {
            message += " (check the indentation, and quote values that contain ': ')";
        }

        return message.TrimEnd('.');
    }

    [GeneratedRegex(@"^\s*\(Line: \d+, Col: \d+, Idx: \d+\)\s*-\s*\(Line: \d+, Col: \d+, Idx: \d+\)\s*:\s*", RegexOptions.CultureInvariant)]
    private static partial Regex YamlPosition();

    /// <summary>System.Text.Json appends "LineNumber: 2 | BytePositionInLine: 4."; the position is reported separately.</summary>
    private static string PlainJsonMessage(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var plain = (cut >= 0 ? message[..cut] : message).Trim().TrimEnd('.');
        if (plain.Contains("trailing comma", StringComparison.OrdinalIgnoreCase))
        {
            return "a trailing comma is not allowed in JSON";
        }

        if (plain.StartsWith("'/'", StringComparison.Ordinal) || plain.Contains("comment", StringComparison.OrdinalIgnoreCase))
        {
            return "comments are not allowed in JSON (use a YAML rubric for comments)";
        }

        return plain.Length == 0 ? "the text is not valid JSON" : plain;
    }

    /// <summary>Maps UTF-8 byte offsets to 1-based line and character column.</summary>
    private sealed class LineIndex
    {
        private readonly byte[] _bytes;
        private readonly List<int> _lineStarts = [0];

        public LineIndex(byte[] bytes)
        {
            _bytes = bytes;
            for (var i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] == (byte)'\n')
                {
                    _lineStarts.Add(i + 1);
                }
            }
        }

        public (int Line, int Column) Position(long offset)
        {
            var index = _lineStarts.BinarySearch((int)offset);
            var line = index >= 0 ? index : ~index - 1;
            var start = _lineStarts[line];
            var column = Encoding.UTF8.GetCharCount(_bytes, start, (int)offset - start) + 1;
            return (line + 1, column);
        }
    }
}
