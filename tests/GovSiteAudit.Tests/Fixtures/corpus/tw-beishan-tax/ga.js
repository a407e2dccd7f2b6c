// Analytics identifiers (persistent, but not preferences).
document.cookie = '_ga=GA1.1.1234567.1730000000; max-age=63072000; path=/';
document.cookie = '_gid=GA1.1.7654321.1730000000; max-age=86400; path=/';
