import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@/ui/nutui';
import { REQUEST_LIMITS, validateRating } from '../centers-model';
import { centersText } from '../locales';
import { Rate, TextArea } from '../nutui';

const m = centersText.requests;

interface RateFormProps {
  busy: boolean;
  onSubmit: (rating: number, comment: string) => void;
}

/** Rating of a closed request: 1 to 5 stars and an optional comment. */
export function RateForm({ busy, onSubmit }: RateFormProps) {
  const [rating, setRating] = useState(0);
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<{ rating?: string; comment?: string }>({});

  const submit = () => {
    const found = validateRating(rating, comment);
    setErrors(found);
    if (Object.keys(found).length) return;
    onSubmit(rating, comment.trim());
  };

  return (
    <View className="centers-rate" data-testid="sr-rate-form">
      <Text className="kit-section-title centers-section-title">{m.rateTitle}</Text>
      {/* NutUI's Rate drops data-* attributes: the wrapper carries the test id. */}
      <View className="centers-rate-stars" data-testid="sr-rate">
        <Rate
          value={rating}
          count={5}
          disabled={busy}
          onChange={(value: number) => {
            setRating(value);
            setErrors((prev) => ({ ...prev, rating: undefined }));
          }}
        />
      </View>
      {errors.rating && <Text className="kit-field-error centers-field-error">{errors.rating}</Text>}
      <View className="centers-rate-comment" data-testid="sr-rate-comment">
        <TextArea
          value={comment}
          maxLength={REQUEST_LIMITS.comment}
          rows={2}
          autoSize
          placeholder={m.ratePlaceholder}
          onChange={(value: string) => setComment(value)}
        />
      </View>
      {errors.comment && <Text className="kit-field-error centers-field-error">{errors.comment}</Text>}
      <Button
        type="primary"
        className="sr-rate-submit"
        data-testid="sr-rate-submit"
        loading={busy}
        disabled={busy}
        onClick={submit}
      >
        {busy ? m.rateSubmitting : m.rateSubmit}
      </Button>
    </View>
  );
}
