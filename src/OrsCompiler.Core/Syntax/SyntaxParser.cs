using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using System.Xml;
using OrsCompiler.Diagnostics;
using OrsCompiler.Text;

namespace OrsCompiler.Syntax;

/// <summary>
/// Reads a document into a positioned element tree with a secure, bounded XmlReader: no DTD, no entity expansion,
/// no resolver, a size and a depth limit, and no recursion (a 10,000-deep document gives a diagnostic, not a crash).
/// </summary>
public static class SyntaxParser
{
    public static SyntaxTree Parse(SourceDocument document, ParseOptions? options = null)
    {
        options ??= ParseOptions.Default;
        var comments = new List<SyntaxComment>();
        var diagnostics = new List<Diagnostic>();
        if (document.Text.Length > options.MaxDocumentLength)
        {
            diagnostics.Add(Diagnostic.Create(
                DiagnosticCatalog.DocumentTooLarge, Location.ForFile(document.Path), document.Text.Length, options.MaxDocumentLength));
            return new SyntaxTree(document, null, comments, diagnostics);
        }

        var reader = new Reader(document, options, comments, diagnostics);
        var root = reader.Read();
        return new SyntaxTree(document, root, comments, diagnostics) { ElementCount = reader.ElementCount };
    }

    private sealed class Reader
    {
        private static readonly XmlReaderSettings Settings = new()
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = false,
            IgnoreProcessingInstructions = true,
            // Whitespace-only nodes carry nothing a rule or the compiler reads; skipping them saves an allocation each.
            IgnoreWhitespace = true,
            CheckCharacters = true,
            CloseInput = true,
        };

        private readonly SourceDocument _document;
        private readonly ParseOptions _options;
        private readonly List<SyntaxComment> _comments;
        private readonly List<Diagnostic> _diagnostics;
        private readonly string _text;

        public Reader(SourceDocument document, ParseOptions options, List<SyntaxComment> comments, List<Diagnostic> diagnostics)
        {
            _document = document;
            _options = options;
            _comments = comments;
            _diagnostics = diagnostics;
            _text = document.Text;
        }

        public int ElementCount { get; private set; }

        public SyntaxElement? Read()
        {
            SyntaxElement? root = null;
            var open = new Stack<SyntaxElement>();
            var reader = XmlReader.Create(new StringReader(_text), Settings);
            var lineInfo = (IXmlLineInfo)reader;
            var reportedDepth = false;
            var lastNodeOffset = 0;
            try
            {
                while (reader.Read())
                {
                    var offset = _document.GetOffset(lineInfo.LineNumber, lineInfo.LinePosition);
                    lastNodeOffset = offset;
                    switch (reader.NodeType)
                    {
                        case XmlNodeType.Element:
                            if (open.Count >= _options.MaxDepth)
                            {
                                if (!reportedDepth)
                                {
                                    reportedDepth = true;
                                    _diagnostics.Add(Diagnostic.Create(
                                        DiagnosticCatalog.NestingTooDeep, _document.GetLocation(new TextSpan(offset, NameLength(reader))), _options.MaxDepth));
                                }

                                reader.Skip();
                                continue;
                            }

                            var element = ReadElement(reader, offset);
                            ElementCount++;
                            if (open.Count == 0)
                            {
                                root ??= element;
                            }
                            else
                            {
                                element.Depth = open.Count;
                                open.Peek().AddNode(element);
                            }

                            if (reader.IsEmptyElement)
                            {
                                element.IsComplete = true;
                            }
                            else
                            {
                                open.Push(element);
                            }

                            break;

                        case XmlNodeType.EndElement:
                            var closed = open.Pop();
                            closed.IsComplete = true;
                            var end = IndexOf('>', offset);
                            closed.Span = TextSpan.FromBounds(closed.StartTagSpan.Start, end < 0 ? _text.Length : end + 1);
                            break;

                        case XmlNodeType.Text:
                        case XmlNodeType.SignificantWhitespace:
                            if (open.Count > 0)
                            {
                                var textEnd = IndexOf('<', offset);
                                open.Peek().AddNode(new SyntaxText(_document, TextSpan.FromBounds(offset, textEnd < 0 ? _text.Length : textEnd), reader.Value, isCData: false));
                            }

                            break;

                        case XmlNodeType.CDATA:
                            if (open.Count > 0)
                            {
                                var cdataEnd = _text.IndexOf("]]>", offset, StringComparison.Ordinal);
                                open.Peek().AddNode(new SyntaxText(_document, TextSpan.FromBounds(offset, cdataEnd < 0 ? _text.Length : cdataEnd), reader.Value, isCData: true));
                            }

                            break;

                        case XmlNodeType.Comment:
                            var commentEnd = _text.IndexOf("-->", offset, StringComparison.Ordinal);
                            _comments.Add(new SyntaxComment(_document, TextSpan.FromBounds(Math.Max(0, offset - 4), commentEnd < 0 ? _text.Length : commentEnd + 3), reader.Value));
                            break;
                    }
                }
            }
            catch (XmlException e)
            {
                _diagnostics.Add(Unterminated(e, open, lastNodeOffset) ?? ToDiagnostic(e));
            }
            finally
            {
                reader.Dispose();
            }

            return root;
        }

        private SyntaxElement ReadElement(XmlReader reader, int nameOffset)
        {
            var tagStart = Math.Max(0, nameOffset - 1);
            var nameSpan = new TextSpan(nameOffset, NameLength(reader));
            var tagEnd = FindStartTagEnd(nameSpan.End);
            var element = new SyntaxElement(_document, reader.Prefix, reader.LocalName, reader.NamespaceURI, nameSpan, TextSpan.FromBounds(tagStart, tagEnd), reader.AttributeCount);
            var lineInfo = (IXmlLineInfo)reader;
            if (reader.MoveToFirstAttribute())
            {
                do
                {
                    var attributeOffset = _document.GetOffset(lineInfo.LineNumber, lineInfo.LinePosition);
                    var attributeName = new TextSpan(attributeOffset, NameLength(reader));
                    element.AddAttribute(new SyntaxAttribute(
                        element, reader.Prefix, reader.LocalName, reader.NamespaceURI, reader.Value, attributeName, FindAttributeValue(attributeName.End)));
                }
                while (reader.MoveToNextAttribute());

                reader.MoveToElement();
            }

            return element;
        }

        // The length of the qualified name without asking for reader.Name, which builds "prefix:local" strings.
        private static int NameLength(XmlReader reader) =>
            reader.Prefix.Length == 0 ? reader.LocalName.Length : reader.Prefix.Length + 1 + reader.LocalName.Length;

        // The raw value between the quotes that follow `name`, `=` and optional white space.
        private TextSpan FindAttributeValue(int afterName)
        {
            var i = afterName;
            while (i < _text.Length && _text[i] != '"' && _text[i] != '\'')
            {
                i++;
            }

            if (i >= _text.Length)
            {
                return new TextSpan(_text.Length, 0);
            }

            var quote = _text[i];
            var close = _text.IndexOf(quote, i + 1);
            return TextSpan.FromBounds(i + 1, close < 0 ? _text.Length : close);
        }

        // The offset just after the start tag's '>' (quoted attribute values may contain '>').
        private int FindStartTagEnd(int from)
        {
            var i = from;
            while (i < _text.Length)
            {
                var next = _text.AsSpan(i).IndexOfAny('>', '"', '\'');
                if (next < 0)
                {
                    break;
                }

                i += next;
                if (_text[i] == '>')
                {
                    return i + 1;
                }

                var close = _text.IndexOf(_text[i], i + 1);
                if (close < 0)
                {
                    break;
                }

                i = close + 1;
            }

            return _text.Length;
        }

        private int IndexOf(char c, int from) => from >= _text.Length ? -1 : _text.IndexOf(c, from);

        private Diagnostic ToDiagnostic(XmlException e)
        {
            var offset = _document.GetOffset(e.LineNumber, e.LinePosition);
            var span = new TextSpan(offset, 0);
            if (IsDtd(e))
            {
                var doctype = _text.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
                var dtdSpan = doctype >= 0 ? new TextSpan(doctype, "<!DOCTYPE".Length) : span;
                return Diagnostic.Create(DiagnosticCatalog.DtdNotAllowed, _document.GetLocation(dtdSpan));
            }

            var mismatch = MismatchedEndTag.Match(e.Message);
            if (mismatch.Success)
            {
                // Say it as the author sees it, and point at the start tag too: that is where the fix often is.
                var startLine = int.Parse(mismatch.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture);
                var startColumn = int.Parse(mismatch.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture);
                var message = $"the end tag </{mismatch.Groups["end"].Value}> does not match the start tag <{mismatch.Groups["start"].Value}> at line {startLine}";
                var startTag = _document.GetLocation(new TextSpan(_document.GetOffset(startLine, startColumn), mismatch.Groups["start"].Value.Length));
                return Diagnostic.Create(DiagnosticCatalog.MalformedXml, _document.GetLocation(span), message).WithAdditionalLocations(startTag);
            }

            return Diagnostic.Create(DiagnosticCatalog.MalformedXml, _document.GetLocation(span), StripPosition(e.Message));
        }

        private static readonly Regex MismatchedEndTag = new(
            @"^The '(?<start>[^']+)' start tag on line (?<line>\d+) position (?<column>\d+) does not match the end tag of '(?<end>[^']+)'\.",
            RegexOptions.CultureInvariant);

        /// <summary>
        /// A comment, CDATA section or element the file ends inside: reported where it opens (the reader only knows
        /// where the file ends), with the end of the file as a second location.
        /// </summary>
        private Diagnostic? Unterminated(XmlException e, Stack<SyntaxElement> open, int lastNodeOffset)
        {
            if (!e.Message.StartsWith("Unexpected end of file", StringComparison.Ordinal))
            {
                return null;
            }

            TextSpan opening;
            string problem;
            if (e.Message.IndexOf("parsing Comment", StringComparison.Ordinal) >= 0 && FindAfter("<!--", lastNodeOffset) is { } comment)
            {
                opening = new TextSpan(comment, "<!--".Length);
                problem = "this comment is never closed with '-->'; the file ends first";
            }
            else if (e.Message.IndexOf("parsing CDATA", StringComparison.Ordinal) >= 0 && FindAfter("<![CDATA[", lastNodeOffset) is { } cdata)
            {
                opening = new TextSpan(cdata, "<![CDATA[".Length);
                problem = "this CDATA section is never closed with ']]>'; the file ends first";
            }
            else if (e.Message.IndexOf("not closed", StringComparison.Ordinal) >= 0 && open.Count > 0)
            {
                var innermost = open.Peek();
                opening = innermost.NameSpan;
                problem = open.Count == 1
                    ? $"<{innermost.Name}> is never closed; the file ends before its end tag"
                    : $"<{innermost.Name}> is never closed; the file ends before its end tag (and those of {OuterNames(open)})";
            }
            else
            {
                return null;
            }

            var endOfFile = _document.GetLocation(new TextSpan(_text.Length, 0));
            return Diagnostic.Create(DiagnosticCatalog.MalformedXml, _document.GetLocation(opening), problem).WithAdditionalLocations(endOfFile);
        }

        private int? FindAfter(string opening, int from)
        {
            var index = _text.IndexOf(opening, Math.Max(0, Math.Min(from, _text.Length)), StringComparison.Ordinal);
            return index < 0 ? null : index;
        }

        private static string OuterNames(Stack<SyntaxElement> open)
        {
            var names = new List<string>();
            foreach (var element in open)
            {
                names.Add($"<{element.Name}>");
            }

            names.RemoveAt(0);
            return string.Join(", ", names);
        }

        private bool IsDtd(XmlException e) =>
            e.Message.IndexOf("DTD", StringComparison.Ordinal) >= 0 && _text.IndexOf("<!DOCTYPE", StringComparison.Ordinal) >= 0;

        // XmlException messages end with "Line 3, position 7."; our location says that already. They show a control
        // character as '.' or as the raw character; name it by its code point instead.
        private static string StripPosition(string message)
        {
            var index = message.LastIndexOf(" Line ", StringComparison.Ordinal);
            var text = (index > 0 ? message.Substring(0, index) : message).TrimEnd();
            text = InvalidCharacter.Replace(text, m => CharacterNames.Describe(HexCode(m)) + " is not allowed in XML");
            return QuotedCharacter.Replace(text, m => HexCode(m) < 0x20 || HexCode(m) is >= 0x7F and < 0xA0 ? CharacterNames.Describe(HexCode(m)) + m.Groups[2].Value : m.Value);
        }

        private static int HexCode(Match m) =>
            int.Parse(m.Groups[1].Value, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);

        // Other messages that quote a character: "Name cannot begin with the '.' character, hexadecimal value 0x00."
        private static readonly Regex QuotedCharacter = new(
            @"'.{0,2}'(?: character)?, hexadecimal value 0x([0-9A-Fa-f]{1,6})(\.?)", RegexOptions.Singleline | RegexOptions.CultureInvariant);

        private static readonly Regex InvalidCharacter = new(
            @"'.{0,2}', hexadecimal value 0x([0-9A-Fa-f]{1,6}), is an invalid character\.?", RegexOptions.Singleline | RegexOptions.CultureInvariant);
    }
}
